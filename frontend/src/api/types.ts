/** Names for the generated API types used across features (all derived from schema.d.ts). */
import type { components } from './schema';

type Schemas = components['schemas'];

export type SessionInfo = Schemas['SessionInfo'];
export type AiSystem = Schemas['AiSystemDto'];
export type AiSystemInput = Schemas['AiSystemRequest'];
export type AiSystemSummary = Schemas['AiSystemSummary'];
export type AiSystemPage = Schemas['AiSystemPage'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Establishment = Schemas['EstablishmentDto'];
export type EstablishmentInput = Schemas['EstablishmentRequest'];

type Item<T> = T extends readonly (infer U)[] ? U : never;

export type AiSystemStatus = NonNullable<AiSystemInput['status']>;
export type AiCategory = NonNullable<AiSystemInput['category']>;
export type AutomationLevel = NonNullable<AiSystemInput['automationLevel']>;
export type Integration = Item<NonNullable<AiSystemInput['integrations']>>;
export type MedicalDeviceClass = NonNullable<AiSystemInput['medicalDeviceClass']>;
export type AiActRole = NonNullable<AiSystemInput['aiActRole']>;
export type AiActRoute = NonNullable<AiSystemInput['aiActRoute']>;
export type DataCategory = Item<NonNullable<AiSystemInput['dataCategories']>>;
export type Hosting = NonNullable<AiSystemInput['hosting']>;
export type DataLocation = NonNullable<AiSystemInput['dataLocation']>;
export type DpiaStatus = NonNullable<AiSystemInput['dpiaStatus']>;
export type HistoryAction = NonNullable<HistoryEntry['action']>;
export type EstablishmentType = NonNullable<EstablishmentInput['type']>;
export type Role = 'ADMIN' | 'INNOVATION' | 'QUALITY' | 'ETHICS' | 'EXECUTIVE' | 'CONTRIBUTOR' | 'VIEWER';

/** Enum-valued fields of the AI system, with the type of their values. */
export interface AiSystemEnums {
  status: AiSystemStatus;
  category: AiCategory;
  automationLevel: AutomationLevel;
  integrations: Integration;
  medicalDeviceClass: MedicalDeviceClass;
  aiActRole: AiActRole;
  aiActRoute: AiActRoute;
  dataCategories: DataCategory;
  hosting: Hosting;
  dataLocation: DataLocation;
  dpiaStatus: DpiaStatus;
}
export type RegisterOverview = Schemas['RegisterOverview'];
export type RegisterChange = Schemas['RegisterChange'];

export type MonitoringStatus = Schemas['MonitoringStatus'];
export type MonitoringLevel = Schemas['MonitoringLevel'];
export type MonitoringReason = Schemas['MonitoringReason'];
export type MonitoringTodo = Schemas['MonitoringTodo'];
export type AlertDto = Schemas['AlertDto'];
export type AlertSeverity = Schemas['AlertSeverity'];
export type AlertStatus = Schemas['AlertStatus'];
// ── Bias reviews ──
export type BiasReview = Schemas['BiasReviewDto'];
export type BiasReviewInput = Schemas['BiasReviewRequest'];
export type BiasReviewDue = Schemas['BiasReviewDue'];
export type BiasAttribute = Schemas['BiasAttributeDto'];
export type FairnessReport = Schemas['FairnessReport'];
export type FairnessFigure = Schemas['Figure'];
export type ReviewKind = Schemas['ReviewKind'];
export type ReviewOutcome = Schemas['ReviewOutcome'];
export type BiasBand = Schemas['SeismometerBand'];
export type BiasSeverity = Schemas['Severity'];
/** The rates the bias review shows, keys of the report's rate maps (it has more: TNR, FDR, FOR, accuracy, prevalence). */
export type BiasRateKey = 'SELECTION_RATE' | 'TPR' | 'FPR' | 'FNR' | 'PPV' | 'NPV';
// ── Ethics sign-off ──
export type EthicsFile = Schemas['EthicsFileDto'];
export type EthicsSignOff = Schemas['EthicsSignOffDto'];
export type EthicsReview = Schemas['EthicsReviewDto'];
export type EthicsReviewInput = Schemas['EthicsReviewRequest'];
export type EthicsDecision = Schemas['EthicsDecisionDto'];
export type EthicsDecisionInput = Schemas['EthicsDecisionRequest'];
export type EthicsCondition = Schemas['EthicsConditionDto'];
export type ConditionFollowUp = Schemas['ConditionFollowUpRequest'];
export type MaterialChange = Schemas['MaterialChangeDto'];
export type SignOffStatus = Schemas['SignOffStatus'];
export type DecisionOutcome = Schemas['DecisionOutcome'];
export type ConditionStatus = Schemas['ConditionStatus'];
export type Incident = Schemas['IncidentDto'];
export type IncidentInput = Schemas['IncidentRequest'];
export type IncidentDuty = Schemas['IncidentDutyDto'];
export type IncidentDutyInput = Schemas['IncidentDutyRequest'];
export type IncidentDutyDue = Schemas['IncidentDutyDue'];
export type IncidentHarm = NonNullable<IncidentInput['harm']>;
export type HealthConsequence = NonNullable<IncidentInput['healthConsequence']>;
export type IncidentStatus = NonNullable<Incident['status']>;
export type DutyState = NonNullable<IncidentDuty['state']>;
