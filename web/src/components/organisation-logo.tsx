/**
 * Each size's box in CSS pixels (width × height): room for a wide logo, and a square one at full
 * height. All 2:1, as the style sheet's `aspect-ratio` for `.organisation-logo` says.
 */
const SIZES = {
  /** An organisation's own page. */
  large: [160, 80],
  /** A vacancy's page, beside the employer's name. */
  medium: [120, 60],
  /** A card in a result list. */
  small: [72, 36],
} as const;

/**
 * The logo's address as this page can load it. The server builds it from its public URL, which
 * may differ from the address the page was opened at; the logo itself is always served by this
 * same API (and the pages' policy allows images from here only), so the path is what counts.
 */
function logoSource(logoUrl: string): string {
  try {
    // Any base does: only an address under /api/ is rewritten, and it keeps just its path.
    const url = new URL(logoUrl, 'http://localhost');
    return url.pathname.startsWith('/api/') ? `${url.pathname}${url.search}` : logoUrl;
  } catch {
    return logoUrl;
  }
}

interface OrganisationLogoProps {
  url: string;
  size: keyof typeof SIZES;
  /**
   * Empty where the organisation's name is written right beside the logo (the usual case), so a
   * screen reader does not read the name twice; the name where the logo stands alone.
   */
  alt?: string;
  /** In result lists: loaded only when scrolled near. */
  lazy?: boolean;
}

/**
 * A member's logo in a box of fixed size (width and height attributes), so nothing on the page
 * moves when it arrives; the logo keeps its own proportions inside the box.
 */
export function OrganisationLogo({ url, size, alt = '', lazy = false }: OrganisationLogoProps) {
  const [width, height] = SIZES[size];
  return (
    <img
      className={`organisation-logo organisation-logo-${size}`}
      src={logoSource(url)}
      alt={alt}
      width={width}
      height={height}
      loading={lazy ? 'lazy' : undefined}
      decoding="async"
    />
  );
}
