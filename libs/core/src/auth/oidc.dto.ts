import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class OidcConfigDto {
  @ApiProperty({ example: 'https://login.gemeente.example.nl/realms/medewerkers', description: 'The issuer; its discovery document is at /.well-known/openid-configuration' })
  @IsString() @MaxLength(500) @Matches(/^https?:\/\/[^\s?#]+$/, { message: 'issuerUrl must be an http(s) URL without query or fragment' })
  issuerUrl: string;

  @ApiProperty({ example: 'transferpunt' }) @IsString() @MinLength(1) @MaxLength(200)
  clientId: string;

  @ApiPropertyOptional({ description: 'Required the first time; leave out to keep the stored one. Stored encrypted and never answered.' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(500)
  clientSecret?: string;

  @ApiProperty({ example: 'gemeente.example.nl', description: "Only identity provider users with an e-mail address in this domain may log in" })
  @IsString() @MaxLength(200) @Matches(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i, { message: 'allowedEmailDomain must be a domain name such as gemeente.example.nl' })
  allowedEmailDomain: string;
}

export class OidcExchangeDto {
  @ApiProperty({ description: 'The one-time code from the redirect after an OpenID Connect login' })
  @IsString() @Matches(/^[A-Za-z0-9_-]{20,200}$/, { message: 'code must be a login code' })
  code: string;
}
