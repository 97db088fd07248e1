import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'rapport:isPublic';

/** Opts a route out of authentication. Every other route must declare @Roles(). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
