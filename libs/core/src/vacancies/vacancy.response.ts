import { ApiProperty } from '@nestjs/swagger';
import { CONSTRUCTIONS, VACANCY_STATUSES, WOONVARIANTEN } from '@tp/domain';
import { PageOf } from '../common/page.response';

export class VacancyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) corporationId: string;
  @ApiProperty({ enum: VACANCY_STATUSES }) status: string;
  @ApiProperty() address: string;
  @ApiProperty() municipalityCode: string;
  @ApiProperty() neighbourhoodCode: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The street or complex inside the buurt, if any' }) unitId: string | null;
  @ApiProperty({ enum: WOONVARIANTEN }) woonvariant: string;
  @ApiProperty() rooms: number;
  @ApiProperty({ description: 'Monthly rent in euros' }) rent: number;
  @ApiProperty({ format: 'date' }) availableFrom: string;
  @ApiProperty() accessible: boolean;
  @ApiProperty({ type: Number, nullable: true, description: '0 is the ground floor' }) floor: number | null;
  @ApiProperty({ enum: CONSTRUCTIONS, isArray: true }) constructions: string[];
  @ApiProperty({ type: String, nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const VacancyPage = PageOf(VacancyResponse, 'VacancyPage');
