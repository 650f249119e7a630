import { ApiProperty } from '@nestjs/swagger';
import { CURRENT_SETTINGS, LEGAL_FRAMEWORKS, SEXES } from '@tp/domain';
import { PageOf } from '../common/page.response';

export class ClientResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: "The care provider's own file number" }) reference: string;
  @ApiProperty({ description: 'CBS code or "unknown"' }) originMunicipalityCode: string;
  @ApiProperty() birthYear: number;
  @ApiProperty() householdSize: number;
  @ApiProperty({ enum: CURRENT_SETTINGS }) currentSetting: string;
  @ApiProperty({ enum: SEXES, nullable: true }) sex: string | null;
  @ApiProperty({ enum: LEGAL_FRAMEWORKS, nullable: true }) legalFramework: string | null;
  @ApiProperty({ type: String, nullable: true }) livingSituation: string | null;
  @ApiProperty({ type: String, nullable: true }) incomeBand: string | null;
  @ApiProperty({ type: [String] }) needs: string[];
  @ApiProperty({ type: [String] }) avoidNeighbourhoodCodes: string[];
  @ApiProperty() consentToShare: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the retention period erased the identifying fields (the reference is then a pseudonym)' }) erasedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const ClientPage = PageOf(ClientResponse, 'ClientPage');
