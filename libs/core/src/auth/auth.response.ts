import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_TYPES, ROLES } from '@tp/domain';

export class LoginResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ description: 'Opaque token for POST /auth/refresh; it can be used once, and each refresh returns a new one' }) refreshToken: string;
  @ApiProperty({ description: 'Seconds until the refresh token expires (unless it is used first)' }) refreshExpiresIn: number;
}

export class CurrentUserOrganisation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ type: String, nullable: true }) municipalityCode: string | null;
}

export class CurrentUserMunicipality {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() isCentre: boolean;
}

export class CurrentUserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: CurrentUserOrganisation, nullable: true }) organisation: CurrentUserOrganisation | null;
  @ApiProperty({ type: CurrentUserMunicipality, nullable: true }) municipality: CurrentUserMunicipality | null;
}
