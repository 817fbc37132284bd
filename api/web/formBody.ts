import { z } from 'zod';

/** The body of an HTML form post: field names to values, read field by field by each route. */
export const formBody = {
  schema: z.record(z.string(), z.string()),
  contentType: 'application/x-www-form-urlencoded',
};
