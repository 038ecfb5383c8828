/**
 * schema.org JobPosting for an open vacancy: every field Google for Jobs requires and the
 * recommended ones the data allows.
 */
import { endOfDutchDay } from '@samenwerven/calendar';
import { municipalityByCode } from '@samenwerven/db';
import type { VacancyDetail } from '../vacancies/schemas.ts';

const employmentTypes: Record<string, string[]> = {
  permanent: [],
  temporary: ['TEMPORARY'],
  temporary_to_permanent: ['TEMPORARY'],
  traineeship: ['TEMPORARY'],
  internship: ['INTERN'],
  secondment: ['CONTRACTOR'],
  interim: ['CONTRACTOR'],
};

function address(locality: string, postcode: string | null, region: string | undefined) {
  return {
    '@type': 'PostalAddress',
    addressLocality: locality,
    ...(postcode ? { postalCode: postcode } : {}),
    ...(region ? { addressRegion: region } : {}),
    addressCountry: 'NL',
  };
}

export function jobPosting(
  vacancy: VacancyDetail,
  organisation: { name: string; website: string | null; logoUrl: string | null },
  url: string,
) {
  // A range across 36 hours is both (a feeds review: 24–36 hours said full time only, hidden by a
  // part-time filter).
  const hours = [...(vacancy.hoursMax >= 36 ? ['FULL_TIME'] : []), ...(vacancy.hoursMin < 36 ? ['PART_TIME'] : [])];
  const region = vacancy.place.region;
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: vacancy.title,
    description: vacancy.description || vacancy.summary,
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: vacancy.id },
    datePosted: vacancy.publishedAt,
    // The last second of the closing day in the Netherlands.
    ...(vacancy.closingDate
      ? { validThrough: new Date(endOfDutchDay(vacancy.closingDate).getTime() - 1000).toISOString() }
      : {}),
    employmentType: [...new Set([...hours, ...(employmentTypes[vacancy.employmentType] ?? [])])],
    hiringOrganization: {
      '@type': 'Organization',
      name: organisation.name,
      ...(organisation.website ? { sameAs: organisation.website } : {}),
      ...(organisation.logoUrl ? { logo: organisation.logoUrl } : {}),
    },
    // Every workplace (an HR review: the extra ones were in the preview, not on the public page).
    jobLocation: [
      {
        '@type': 'Place',
        address: address(vacancy.place.municipalityName, vacancy.place.postcode, region),
        geo: { '@type': 'GeoCoordinates', latitude: vacancy.place.latitude, longitude: vacancy.place.longitude },
      },
      ...vacancy.additionalPlaces.map((place) => ({
        '@type': 'Place',
        address: address(place.municipalityName, place.postcode, municipalityByCode(place.municipalityCode)?.province),
      })),
    ],
    ...(vacancy.workMode === 'remote'
      ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'NL' } }
      : {}),
    ...(vacancy.salaryMin !== null || vacancy.salaryMax !== null
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'EUR',
            value: {
              '@type': 'QuantitativeValue',
              ...(vacancy.salaryMin !== null ? { minValue: vacancy.salaryMin } : {}),
              ...(vacancy.salaryMax !== null ? { maxValue: vacancy.salaryMax } : {}),
              unitText: 'MONTH',
            },
          },
        }
      : {}),
    workHours: `${vacancy.hoursMin === vacancy.hoursMax ? vacancy.hoursMax : `${vacancy.hoursMin}-${vacancy.hoursMax}`} uur per week`,
    directApply: vacancy.applyMethod === 'portal',
    url,
    inLanguage: vacancy.language,
  };
}
