import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'coordinator@deventer.demo' }) @IsString() @MinLength(3) @MaxLength(200)
  email: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200)
  password: string;
}
