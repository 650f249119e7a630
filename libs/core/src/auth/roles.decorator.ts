import { SetMetadata } from '@nestjs/common';
import { Role } from '@tp/domain';

export const ROLES_KEY = 'tp:roles';
export const PUBLIC_KEY = 'tp:public';

/** The roles that may call a handler. A handler without @Roles or @Public is refused for everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call; say why next to it. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
