import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../common/page.response';

export class RentParametersResponse {
  @ApiProperty() year: number;
  @ApiProperty() kwaliteitskortingsgrens: number;
  @ApiProperty() lowerAftoppingsgrens: number;
  @ApiProperty() upperAftoppingsgrens: number;
  @ApiProperty() liberalisatiegrens: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const RentParametersPage = PageOf(RentParametersResponse, 'RentParametersPage');
