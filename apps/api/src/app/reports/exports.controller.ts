import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../common/decorators/roles.decorator';
import { PANEL_ROLES } from '../hiring/hiring.roles';
import {
  AdverseImpactExportQueryDto,
  AuditLogExportQueryDto,
  CalibrationExportQueryDto,
  CandidatePacketQueryDto,
  CultureExportQueryDto,
  HiringFunnelQueryDto,
  LeadershipExportQueryDto,
  QualityOfHireExportQueryDto,
} from './exports.dto';
import { CONTENT_TYPES, sendExport } from './files/export-file';
import { HiringExportsService } from './hiring-exports.service';
import { PeopleExportsService } from './people-exports.service';
import { EXPORTERS, OPENING_EXPORTERS, SELF_ID_READERS } from './reports.roles';

/**
 * Downloads (`Content-Disposition: attachment`). Small reports are built whole and sent with
 * Content-Length; the audit log streams chunked from a database cursor. See docs/adr/0009-exports.md.
 */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly hiring: HiringExportsService,
    private readonly people: PeopleExportsService,
  ) {}

  /** One application: interviews with questions and anchors, every rating with evidence, panel statistics, decision. */
  @Get('candidate-packet')
  @Roles(...OPENING_EXPORTERS)
  @ApiProduces(CONTENT_TYPES.pdf)
  async candidatePacket(@Query() query: CandidatePacketQueryDto, @Res() reply: FastifyReply) {
    return sendExport(reply, await this.hiring.candidatePacket(query));
  }

  /** Per opening and stage: entered, advanced, pass-through rate, median days in stage, time to hire. */
  @Get('hiring-funnel')
  @Roles(...OPENING_EXPORTERS)
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  async hiringFunnel(@Query() query: HiringFunnelQueryDto, @Res() reply: FastifyReply) {
    return sendExport(reply, await this.hiring.hiringFunnel(query));
  }

  @Get('interviewer-calibration')
  @Roles(...EXPORTERS)
  @ApiProduces(CONTENT_TYPES.xlsx)
  async interviewerCalibration(@Query() query: CalibrationExportQueryDto, @Res() reply: FastifyReply) {
    return sendExport(reply, await this.hiring.interviewerCalibration(query));
  }

  /** Scores and trends per location and staff member, and the heatmap, behind the anonymity threshold. */
  @Get('culture')
  @Roles(...EXPORTERS)
  @ApiProduces(CONTENT_TYPES.xlsx, CONTENT_TYPES.pdf)
  async culture(@Query() query: CultureExportQueryDto, @Res() reply: FastifyReply) {
    return sendExport(reply, await this.people.culture(query));
  }

  /** Goals, check-ins, upward trend and self-vs-staff gap per leader (upward ratings anonymous). */
  @Get('leadership-goals')
  @Roles(...EXPORTERS)
  @ApiProduces(CONTENT_TYPES.xlsx, CONTENT_TYPES.pdf)
  async leadershipGoals(@Query() query: LeadershipExportQueryDto, @Res() reply: FastifyReply) {
    return sendExport(reply, await this.people.leadershipGoals(query));
  }

  /** The organization's audit events, streamed (chunked) however many there are. */
  @Get('audit-log')
  @Roles(...EXPORTERS)
  @ApiProduces(CONTENT_TYPES.csv)
  async auditLog(@Query() query: AuditLogExportQueryDto, @Res() reply: FastifyReply) {
    return sendExport(reply, await this.people.auditLogCsv(query));
  }

  @Get('adverse-impact')
  @Roles(...SELF_ID_READERS)
  @ApiProduces(CONTENT_TYPES.xlsx)
  async adverseImpact(@Query() query: AdverseImpactExportQueryDto, @Res() reply: FastifyReply) {
    return sendExport(reply, await this.hiring.adverseImpactWorkbook(query));
  }

  /** Quality of hire: what the caller may see of it (others' named interviewer rows only for HR and the owner). */
  @Get('quality-of-hire')
  @Roles(...PANEL_ROLES)
  @ApiProduces(CONTENT_TYPES.xlsx)
  async qualityOfHire(@Query() query: QualityOfHireExportQueryDto, @Res() reply: FastifyReply) {
    return sendExport(reply, await this.hiring.qualityOfHire(query));
  }
}
