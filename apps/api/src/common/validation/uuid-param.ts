import { Param, ParseUUIDPipe } from '@nestjs/common';

/** `:id` route parameter; a malformed id cannot name a record, so it is a 404 like any unknown id. */
export const UuidParam = (name = 'id') => Param(name, new ParseUUIDPipe({ errorHttpStatusCode: 404 }));
