import type { AllianceContact } from '../../api/types.ts';
import { aboutMessages } from '../../i18n/about-messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

/** A phone number as written ("013 000 00 00") as a tel: address: digits and a leading +. */
const telHref = (phone: string) => `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;

/** How to reach the alliance office: its name, e-mail and phone as links, and its address. */
export function OfficeDetails({ contact }: { contact: AllianceContact }) {
  const { lang } = useI18n();
  const d = aboutMessages[lang].details;
  return (
    <dl className="facts office-details">
      <div>
        <dt>{d.name}</dt>
        <dd>{contact.name}</dd>
      </div>
      <div>
        <dt>{d.email}</dt>
        <dd>
          <a className="break-anywhere" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </dd>
      </div>
      <div>
        <dt>{d.phone}</dt>
        <dd>
          <a href={telHref(contact.phone)}>{contact.phone}</a>
        </dd>
      </div>
      <div>
        <dt>{d.address}</dt>
        <dd>{contact.address}</dd>
      </div>
    </dl>
  );
}
