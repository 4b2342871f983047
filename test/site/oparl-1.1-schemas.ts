// sbp's own JSON Schemas of the OParl 1.1 objects, written from the specification (https://oparl.org/spezifikation/,
// chapters "JSON-Ausgabe", "Objektlisten und Paginierung" and "Schema"): every property OParl 1.1 defines for each
// type, with its value type; what the specification makes obligatory; and nothing else (OParl allows other
// properties only as prefixed vendor extensions, which sbp does not write). Properties are grouped by value type.

/** A JSON Schema, as Ajv takes it. */
export type JsonSchema = Record<string, unknown>;

/** The OParl 1.1 object types. */
export const OPARL_TYPES = [
  ...['System', 'Body', 'LegislativeTerm', 'Organization', 'Person', 'Membership', 'Meeting', 'AgendaItem'],
  ...['Paper', 'Consultation', 'File', 'Location'],
] as const;

/** The name of an OParl 1.1 object type. */
export type OParlTypeName = (typeof OPARL_TYPES)[number];

// A URL is http or https (chapter "URLs"); a date is yyyy-mm-dd, a date-time yyyy-mm-ddThh:mm:ss±hh:mm.
const url = { type: 'string', format: 'uri', pattern: '^https?://' };
const urls = { type: 'array', items: url };
const text = { type: 'string' };
const texts = { type: 'array', items: text };
const bool = { type: 'boolean' };
const count = { type: 'integer', minimum: 0 };
const date = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const dateTime = {
  type: 'string',
  format: 'date-time',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$',
};
// An object output inside another ("intern ausgegeben") is validated by its own type's schema.
const embedded = (type: OParlTypeName) => ({ $ref: type });
const embeddedList = (type: OParlTypeName) => ({ type: 'array', items: { $ref: type } });

/** Properties `names`, each of value type `schema`. */
const each = (schema: object, ...names: string[]) => Object.fromEntries(names.map((name) => [name, schema]));

// Chapter "Eigenschaften mit Verwendung in mehreren Objekttypen": id and type are obligatory for every object, and
// in 1.1 so are created and modified, embedded objects included. A System has no keyword; it and Body take a
// license URL.
const common = (type: OParlTypeName) => ({
  ...each(text, 'license'),
  ...(type === 'System' ? {} : each(texts, 'keyword')),
  ...each(dateTime, 'created', 'modified'),
  ...each(url, 'web'),
  ...each(bool, 'deleted'),
});

function define(type: OParlTypeName, required: string[], properties: Record<string, unknown>): JsonSchema {
  const own = { id: url, type: { const: `https://schema.oparl.org/1.1/${type}` } };
  return {
    $id: type,
    type: 'object',
    required: ['id', 'type', 'created', 'modified', ...required],
    additionalProperties: false,
    properties: { ...own, ...common(type), ...properties },
  };
}

// A Body's object lists; those OParl 1.1 added are obligatory too ("ZWINGEND ... Neu in OParl 1.1").
const BODY_LISTS = ['organization', 'person', 'meeting', 'paper'];
const BODY_LISTS_1_1 = ['agendaItem', 'consultation', 'file', 'membership', 'locationList', 'legislativeTermList'];

/** The schema of each OParl 1.1 object type, by type name (its $id, for $ref between them). */
export const OPARL_SCHEMAS: Record<OParlTypeName, JsonSchema> = {
  System: define('System', ['oparlVersion', 'body'], {
    oparlVersion: { const: 'https://schema.oparl.org/1.1/' },
    ...each(text, 'name', 'contactEmail', 'contactName'),
    ...each(url, 'license', 'body', 'website', 'vendor', 'product'),
    ...each(urls, 'otherOparlVersions'),
  }),
  Body: define('Body', ['name', ...BODY_LISTS, 'legislativeTerm', ...BODY_LISTS_1_1], {
    ...each(text, 'shortName', 'name', 'ags', 'rgs', 'contactEmail', 'contactName', 'classification'),
    ...each(url, 'system', 'website', 'license', 'mainOrganization', ...BODY_LISTS, ...BODY_LISTS_1_1),
    ...each(dateTime, 'licenseValidSince', 'oparlSince'),
    ...each(urls, 'equivalent'),
    legislativeTerm: embeddedList('LegislativeTerm'),
    location: embedded('Location'),
  }),
  LegislativeTerm: define('LegislativeTerm', [], {
    ...each(text, 'name'),
    ...each(url, 'body'),
    ...each(date, 'startDate', 'endDate'),
  }),
  Organization: define('Organization', [], {
    ...each(text, 'name', 'shortName', 'organizationType', 'classification'),
    ...each(texts, 'post'),
    ...each(url, 'body', 'meeting', 'consultation', 'subOrganizationOf', 'website', 'externalBody'),
    ...each(urls, 'membership'),
    ...each(date, 'startDate', 'endDate'),
    ...each(count, 'memberCount', 'votingMemberCount'),
    location: embedded('Location'),
  }),
  Person: define('Person', [], {
    ...each(text, 'name', 'familyName', 'givenName', 'formOfAddress', 'affix', 'gender', 'life', 'lifeSource'),
    ...each(texts, 'title', 'phone', 'email', 'status'),
    ...each(url, 'body', 'location'),
    locationObject: embedded('Location'),
    membership: embeddedList('Membership'),
    image: embedded('File'),
  }),
  Membership: define('Membership', [], {
    ...each(text, 'role'),
    ...each(url, 'person', 'organization', 'onBehalfOf'),
    ...each(bool, 'votingRight'),
    ...each(date, 'startDate', 'endDate'),
  }),
  Meeting: define('Meeting', [], {
    ...each(text, 'name', 'meetingState'),
    ...each(bool, 'cancelled'),
    ...each(dateTime, 'start', 'end'),
    ...each(urls, 'organization', 'participant'),
    location: embedded('Location'),
    ...each(embedded('File'), 'invitation', 'resultsProtocol', 'verbatimProtocol'),
    auxiliaryFile: embeddedList('File'),
    agendaItem: embeddedList('AgendaItem'),
  }),
  // order, new in 1.1, is the item's position in its meeting's agendaItem list, counted from 0.
  AgendaItem: define('AgendaItem', ['order'], {
    ...each(text, 'number', 'name', 'result', 'resolutionText'),
    ...each(count, 'order'),
    ...each(url, 'meeting', 'consultation'),
    ...each(bool, 'public'),
    ...each(dateTime, 'start', 'end'),
    resolutionFile: embedded('File'),
    auxiliaryFile: embeddedList('File'),
  }),
  Paper: define('Paper', [], {
    ...each(text, 'name', 'reference', 'paperType'),
    ...each(url, 'body'),
    ...each(date, 'date'),
    ...each(urls, 'relatedPaper', 'superordinatedPaper', 'subordinatedPaper'),
    ...each(urls, 'originatorPerson', 'underDirectionOf', 'originatorOrganization'),
    mainFile: embedded('File'),
    auxiliaryFile: embeddedList('File'),
    location: embeddedList('Location'),
    consultation: embeddedList('Consultation'),
  }),
  Consultation: define('Consultation', [], {
    ...each(text, 'role'),
    ...each(url, 'paper', 'agendaItem', 'meeting'),
    ...each(urls, 'organization'),
    ...each(bool, 'authoritative'),
  }),
  File: define('File', ['accessUrl'], {
    ...each(text, 'name', 'fileName', 'mimeType', 'sha1Checksum', 'sha512Checksum', 'text'),
    ...each(date, 'date'),
    ...each(count, 'size'),
    ...each(url, 'accessUrl', 'downloadUrl', 'externalServiceUrl', 'masterFile', 'fileLicense', 'person'),
    ...each(urls, 'derivativeFile', 'meeting', 'agendaItem', 'paper'),
  }),
  Location: define('Location', [], {
    ...each(text, 'description', 'streetAddress', 'room', 'postalCode', 'subLocality', 'locality'),
    // GeoJSON, and then a whole Feature.
    geojson: { type: 'object', required: ['type'], properties: { type: { const: 'Feature' } } },
    ...each(urls, 'bodies', 'organizations', 'persons', 'meetings', 'papers'),
  }),
};

/** A page of an external object list (chapter "Paginierung"): data, pagination and links; each item by its type. */
export const OBJECT_LIST_SCHEMA: JsonSchema = {
  $id: 'ObjectList',
  type: 'object',
  required: ['data', 'pagination', 'links'],
  additionalProperties: false,
  properties: {
    data: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type'],
        discriminator: { propertyName: 'type' },
        oneOf: OPARL_TYPES.map(embedded),
      },
    },
    pagination: {
      type: 'object',
      additionalProperties: false,
      properties: each(count, 'totalElements', 'elementsPerPage', 'currentPage', 'totalPages'),
    },
    links: {
      type: 'object',
      additionalProperties: false,
      properties: each(url, 'first', 'prev', 'self', 'next', 'last', 'web'),
    },
  },
};
