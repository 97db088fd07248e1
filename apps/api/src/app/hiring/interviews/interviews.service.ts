import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Interview, Page, PanelMember } from '@rapport/shared/contracts';
import { TERMINAL_STAGES } from '@rapport/shared/contracts';
import { ArrayOverlap, In, type EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../users/user.entity';
import { ApplicationsService } from '../applications/applications.service';
import { ApplicationEntity } from '../applications/application.entity';
import { CandidateEntity } from '../candidates/candidate.entity';
import { PANEL_ROLES } from '../hiring.roles';
import { HiringScope } from '../hiring-scope.service';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { KitsService } from '../kits/kits.service';
import { OpeningEntity } from '../openings/opening.entity';
import { InterviewAccess } from './interview-access.service';
import { InterviewRelations, type InterviewContext } from './interview-relations.service';
import type { InterviewQueryDto, ScheduleInterviewDto } from './interview.dto';
import { InterviewEntity } from './interview.entity';
import { ScorecardEntity } from './scorecard.entity';

/** Latest first. */
const ORDER: KeysetOrder = { alias: 'i', keys: [{ sql: 'i.scheduled_at', type: 'timestamptz' }], direction: 'DESC' };

/**
 * The panel in the order the API shows it: by when the scorecard was opened. A panel is opened in
 * one transaction, so its scorecards share `created_at`; the id makes the order total.
 */
const PANEL_ORDER = { createdAt: 'ASC', id: 'ASC' } as const;

/** What an interview shows, from whichever query loaded it. */
interface InterviewParts {
  interview: Pick<InterviewEntity, 'id' | 'kitId' | 'scheduledAt' | 'createdAt'>;
  applicationId: string;
  candidateName: string;
  openingTitle: string;
  version: Pick<InterviewKitVersionEntity, 'version' | 'evidenceRequired' | 'questions'>;
  panel: PanelMember[];
}

/** One row of `loadOne`: the interview, what it hangs off and its panel (as JSON), in one statement. */
interface InterviewRow {
  id: string;
  kit_id: string;
  scheduled_at: Date;
  created_at: Date;
  application_id: string;
  candidate_name: string;
  opening_title: string;
  kit_version: number;
  evidence_required: boolean;
  questions: InterviewKitVersionEntity['questions'];
  panel: PanelMember[];
  opening_hiring_manager_id: string;
}

/**
 * The interview's panel with names, in PANEL_ORDER, as a JSON array (same organization as the
 * interview, which the query builder scopes to the caller's).
 */
const PANEL_JSON = `coalesce((
  SELECT json_agg(json_build_object('interviewerId', s.interviewer_id, 'name', coalesce(u.name, ''), 'scorecardStatus', s.status)
                  ORDER BY s.created_at, s.id)
    FROM scorecards s
    LEFT JOIN users u ON u.organization_id = s.organization_id AND u.id = s.interviewer_id
   WHERE s.organization_id = i.organization_id AND s.interview_id = i.id), '[]')`;

@Injectable()
export class InterviewsService {
  constructor(
    @InjectTenantRepository(InterviewEntity) private readonly interviews: TenantRepository<InterviewEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    private readonly kits: KitsService,
    private readonly applicationsService: ApplicationsService,
    private readonly access: InterviewAccess,
    private readonly scope: HiringScope,
    private readonly related: InterviewRelations,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** Schedules a panel: pins the opening's current kit version and opens one scorecard per interviewer. */
  schedule(dto: ScheduleInterviewDto): Promise<Interview> {
    return this.tx.run(async (manager) => {
      // An application outside the caller's openings is reported exactly like another organization's.
      const app = await this.scope.application(dto.applicationId, manager, true);
      if (!app) throw new ValidationFailedException([{ field: 'applicationId', message: 'applicationId is not an application of this organization' }]);
      if (TERMINAL_STAGES.includes(app.stage)) throw new ConflictException(`The application is ${app.stage}; it takes no more interviews`);
      await this.assertInterviewers(dto.interviewerIds);
      const opening = await this.related.opening(app.openingId, manager);
      const version = await this.kits.pinForInterview(opening.kitId, manager);
      const repo = this.interviews.withManager(manager);
      const interview = await repo.save(
        repo.create({ applicationId: app.id, kitId: opening.kitId, kitVersionId: version.id, scheduledAt: new Date(dto.scheduledAt) }),
      );
      const cards = this.scorecards.withManager(manager);
      for (const interviewerId of dto.interviewerIds) {
        await cards.save(cards.create({ interviewId: interview.id, interviewerId, status: 'not_started', ratings: [], recommendation: null }));
      }
      if (app.stage === 'applied' || app.stage === 'screening') {
        await this.applicationsService.moveForInterview(manager, app.id);
      }
      await this.audit.record(
        { action: 'interview.scheduled', entityType: 'interview', entityId: interview.id, after: { ...interview, interviewerIds: dto.interviewerIds } },
        manager,
      );
      return this.present(await this.loadOne(interview.id, manager));
    });
  }

  /** One statement: the interview with what it hangs off and its panel; 404 unless the caller may open it. */
  async get(id: string): Promise<Interview> {
    const { hiringManagerId, ...parts } = await this.loadOne(id);
    this.access.assertMayOpen(id, parts.panel, hiringManagerId);
    return this.present(parts);
  }

  /**
   * Owner, admin and HR see all interviews (optionally of one application or opening); a hiring
   * manager those of the openings they manage and the panels they sit on; anyone else only their
   * panels (`mine=true`: only their panels, whoever asks).
   */
  async list(query: InterviewQueryDto): Promise<Page<Interview>> {
    const me = this.access.caller().userId;
    const scope = query.mine === 'true' ? 'panel' : this.access.scope();
    const onPanel = 'EXISTS (SELECT 1 FROM scorecards s WHERE s.organization_id = i.organization_id AND s.interview_id = i.id AND s.interviewer_id = :me)';
    const qb = this.interviews.qb('i');
    if (scope === 'panel') qb.andWhere(onPanel, { me });
    if (scope === 'managed_or_panel') {
      qb.andWhere(
        `(${onPanel} OR EXISTS (SELECT 1 FROM applications ma JOIN openings mo ON mo.organization_id = ma.organization_id AND mo.id = ma.opening_id
                 WHERE ma.organization_id = i.organization_id AND ma.id = i.application_id AND mo.hiring_manager_id = :me))`,
        { me },
      );
    }
    if (query.applicationId) qb.andWhere('i.application_id = :applicationId', { applicationId: query.applicationId });
    if (query.openingId) {
      // A join from the opening's applications: PostgreSQL walks those few applications' interviews
      // through (organization_id, application_id) instead of testing every interview of the organization.
      qb.innerJoin(ApplicationEntity, 'a', 'a.organization_id = i.organization_id AND a.id = i.application_id AND a.opening_id = :openingId', {
        openingId: query.openingId,
      });
    }
    const page = await pageByKeyset(qb, ORDER, query);
    return { items: await this.toInterviews(page.rows), ...pageInfo(page) };
  }

  private async assertInterviewers(ids: string[]): Promise<void> {
    const found = await this.users.find({ where: { id: In(ids), active: true, roles: ArrayOverlap(PANEL_ROLES) } });
    const known = new Set(found.map((u) => u.id));
    const errors = ids.flatMap((id, i) =>
      known.has(id) ? [] : [{ field: `interviewerIds.${i}`, message: 'must be an active user of this organization who can interview' }],
    );
    if (errors.length) throw new ValidationFailedException(errors);
  }

  /**
   * One interview as the API shows it, in one statement (a panel is a handful of rows, aggregated
   * where they are), with its opening's hiring manager for the access check. 404 when it is not an
   * interview of the caller's organization.
   */
  private async loadOne(id: string, manager?: EntityManager): Promise<InterviewParts & { hiringManagerId: string }> {
    const row = await (manager ? this.interviews.withManager(manager) : this.interviews)
      .qb('i')
      .select('i.id', 'id')
      .addSelect('i.kit_id', 'kit_id')
      .addSelect('i.scheduled_at', 'scheduled_at')
      .addSelect('i.created_at', 'created_at')
      .addSelect('i.application_id', 'application_id')
      .addSelect('c.name', 'candidate_name')
      .addSelect('o.title', 'opening_title')
      .addSelect('v.version', 'kit_version')
      .addSelect('v.evidence_required', 'evidence_required')
      .addSelect('v.questions', 'questions')
      .addSelect(PANEL_JSON, 'panel')
      .addSelect('o.hiring_manager_id', 'opening_hiring_manager_id')
      .innerJoin(ApplicationEntity, 'a', 'a.organization_id = i.organization_id AND a.id = i.application_id')
      .innerJoin(OpeningEntity, 'o', 'o.organization_id = a.organization_id AND o.id = a.opening_id')
      .innerJoin(CandidateEntity, 'c', 'c.organization_id = a.organization_id AND c.id = a.candidate_id')
      .innerJoin(InterviewKitVersionEntity, 'v', 'v.organization_id = i.organization_id AND v.id = i.kit_version_id')
      .andWhere('i.id = :id', { id })
      .getRawOne<InterviewRow>();
    if (!row) throw new NotFoundException(`Interview ${id} was not found`);
    return {
      interview: { id: row.id, kitId: row.kit_id, scheduledAt: row.scheduled_at, createdAt: row.created_at },
      applicationId: row.application_id,
      candidateName: row.candidate_name,
      openingTitle: row.opening_title,
      version: { version: row.kit_version, evidenceRequired: row.evidence_required, questions: row.questions },
      panel: row.panel,
      hiringManagerId: row.opening_hiring_manager_id,
    };
  }

  /** The interviews as the API shows them: a fixed number of queries however many there are. */
  async toInterviews(interviews: InterviewEntity[], manager?: EntityManager): Promise<Interview[]> {
    if (interviews.length === 0) return [];
    const [context, cards] = await Promise.all([
      this.related.forInterviews(interviews, manager),
      (manager ? this.scorecards.withManager(manager) : this.scorecards).find({
        where: { interviewId: In(interviews.map((i) => i.id)) },
        order: PANEL_ORDER,
      }),
    ]);
    const names = await this.related.userNames([...new Set(cards.map((p) => p.interviewerId))], manager);
    const panels = new Map<string, PanelMember[]>();
    for (const card of cards) {
      const member = { interviewerId: card.interviewerId, name: names.get(card.interviewerId) ?? '', scorecardStatus: card.status };
      panels.set(card.interviewId, [...(panels.get(card.interviewId) ?? []), member]);
    }
    return interviews.map((i) => {
      const { version, app, opening, candidate } = context.get(i.id) as InterviewContext;
      return this.present({
        interview: i,
        applicationId: app.id,
        candidateName: candidate.name,
        openingTitle: opening.title,
        version,
        panel: panels.get(i.id) ?? [],
      });
    });
  }

  private present({ interview, applicationId, candidateName, openingTitle, version, panel }: InterviewParts): Interview {
    return {
      id: interview.id,
      applicationId,
      candidateName,
      openingTitle,
      kitId: interview.kitId,
      kitVersion: version.version,
      evidenceRequired: version.evidenceRequired,
      scheduledAt: interview.scheduledAt.toISOString(),
      questions: version.questions,
      panel: panel.map((p) => ({ interviewerId: p.interviewerId, name: p.name, scorecardStatus: p.scorecardStatus })),
      createdAt: interview.createdAt.toISOString(),
    };
  }
}
