import { ApiProperty } from '@nestjs/swagger';

export class OidcConfigResponse {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() issuerUrl: string;
  @ApiProperty() clientId: string;
  @ApiProperty({ description: 'Whether a client secret is stored (the secret itself is never answered)' }) clientSecretSet: boolean;
  @ApiProperty() allowedEmailDomain: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class OidcOrganisation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class OidcOrganisationList {
  @ApiProperty({ type: [OidcOrganisation] }) items: OidcOrganisation[];
}
