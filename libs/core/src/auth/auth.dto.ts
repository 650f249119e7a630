import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'coordinator@deventer.demo' }) @IsString() @MinLength(3) @MaxLength(200)
  email: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from the last login or refresh; it can be used once.' })
  @IsString() @Matches(/^[A-Za-z0-9_-]{20,200}$/, { message: 'refreshToken must be a refresh token' })
  refreshToken: string;
}
