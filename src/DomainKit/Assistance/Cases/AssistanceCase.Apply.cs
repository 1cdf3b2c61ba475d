using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The one place where an event is checked against the state and folded into it.</summary>
public sealed partial record AssistanceCase
{
    /// <summary>The fund that pays a programme's approved aid, if a ledger fund pays it (ZF-FD-01).</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The fund, or null for programmes the ledger's funds do not pay (the margin status).</returns>
    public static Fund? FundFor(Programme programme) => programme switch
    {
        Programme.Dibao or Programme.SingleMemberDibao or Programme.ExtremePoverty => Fund.BasicLiving,
        Programme.TemporaryAssistance or Programme.ExpenditureHardship => Fund.TemporaryAssistance,
        Programme.MedicalAssistance => Fund.MedicalAssistance,
        Programme.EducationAssistance => Fund.EducationAssistance,
        _ => null,
    };

    internal Result<AssistanceCase> Apply(CaseEvent? e)
    {
        if (e is null)
        {
            return Invalid(string.Empty, ErrorCodes.Required, "An event is required.");
        }

        var errors = new List<ValidationError>();
        if (e.Sequence != Version + 1)
        {
            errors.Add(Errors.At("sequence", ErrorCodes.CaseEventSequence, $"The next event is number {Version + 1}."));
        }

        CheckHeader(e, errors);
        if (errors.Count == 0 && !string.Equals(e.CaseId, CaseId, StringComparison.Ordinal))
        {
            errors.Add(Errors.At("caseId", ErrorCodes.CaseEventSequence, "The event belongs to another case."));
        }

        if (e.At < Events[^1].At)
        {
            errors.Add(Errors.At("at", ErrorCodes.CaseEventTimeOrder, "An event cannot be dated before the case's last event."));
        }

        if (e.Stage != Stage)
        {
            errors.Add(Errors.At("stage", ErrorCodes.CaseEventStage, $"The case is at {Stage}."));
        }

        if (errors.Count > 0)
        {
            return Result<AssistanceCase>.Invalid(errors);
        }

        if (Stage == CaseStage.Closed)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "The case is closed.");
        }

        var date = DateOf(e.At);
        Result<AssistanceCase> next = e switch
        {
            CaseOpened => Invalid("type", ErrorCodes.CaseTransition, "The case is already open."),
            CaseReported => Stage == CaseStage.Discovery ? Enter(CaseStage.Report, e, date) : NotAt("report", CaseStage.Discovery),
            CaseAccepted accepted => Accept(accepted, date),
            InvestigationStarted started => StartInvestigation(started, date),
            VerificationRecorded verified => Verify(verified.Finding, date),
            HomeVisitRequired required => RequireHomeVisit(required.Cause),
            HomeVisitRecorded visited => RecordHomeVisit(visited),
            NoticePublished published => Publish(published, date),
            ObjectionRaised => Object(date),
            CaseApproved approved => Approve(approved, e, date),
            CaseRejected => Decide(CaseResolution.Rejected, e, date),
            CaseReferred referred => Refer(referred, e, date),
            RejectionNotified => NotifyRejection(date),
            GreenChannelGranted granted => GrantGreenChannel(granted, date),
            PaymentMade paid => Pay(paid.Payment, date),
            SpecialCaseMarked => MarkSpecial(),
            BenefitChanged changed => ChangeBenefit(changed, date),
            UnmetNeedRecorded unmet => RecordUnmetNeed(unmet),
            CharityReferred referred => ReferToCharity(referred),
            ServiceRecorded service => RecordService(service, date),
            PaperworkCompleted => CompletePaperwork(date),
            RecoveryOpened opened => OpenRecovery(opened, date),
            RecoveryReceived received => ReceiveRecovery(received),
            FraudEstablished fraud => EstablishFraud(fraud),
            TaskCompleted completed => CompleteTask(completed),
            AccountableAssigned assigned => IsId(assigned.AccountableStaffId)
                ? this with { Accountable = Accountable.SetItem(Stage, assigned.AccountableStaffId) }
                : Invalid("accountableStaffId", ErrorCodes.Required, "A staff ID of 1 to 64 characters is required."),
            CaseEscalated escalated => Escalate(escalated),
            OutcomeRecorded outcome => RecordOutcome(outcome.Outcome, e, date),
            CaseClosed => Close(e, date),
            _ => Invalid("type", ErrorCodes.UnknownName, "The event is not one the library knows."),
        };
        return next.IsSuccess ? next.Value with { Events = Events.Add(e) } : next;
    }

    private AssistanceCase Enter(CaseStage stage, CaseEvent e, LocalDate date) => this with
    {
        Stage = stage,
        Accountable = Accountable.SetItem(stage, e.StaffId),
        EnteredOn = EnteredOn.SetItem(stage, date),
    };

    private static Result<AssistanceCase> NotAt(string action, params CaseStage[] stages) =>
        Invalid("type", ErrorCodes.CaseTransition, $"A case can {action} only at one of: {string.Join(", ", stages)}.");

    private Result<AssistanceCase> Accept(CaseAccepted accepted, LocalDate date)
    {
        if (Stage != CaseStage.Report)
        {
            return NotAt("be accepted", CaseStage.Report);
        }

        if (accepted.Needs.IsDefaultOrEmpty || accepted.Needs.Any(n => !Enum.IsDefined(n)) || !accepted.Needs.SequenceEqual(accepted.Needs.Distinct().Order()))
        {
            return Invalid("needs", ErrorCodes.UnknownName, "At least one need, each known and named once.");
        }

        var tasks = accepted.Tasks.IsDefault ? [] : accepted.Tasks;
        var routed = tasks.SelectMany(t => t?.Needs.IsDefault == false ? t.Needs : []).Order().ToList();
        if (tasks.Any(t => t is null || t.IsDone || !Enum.IsDefined(t.Department)) || tasks.Select(t => t.Department).Distinct().Count() != tasks.Length
            || !routed.SequenceEqual(accepted.Needs))
        {
            return Invalid("tasks", ErrorCodes.CaseTransition, "One open task per department, together covering each need exactly once.");
        }

        return Enter(CaseStage.Acceptance, accepted, date) with { Needs = accepted.Needs, Tasks = tasks };
    }

    private Result<AssistanceCase> StartInvestigation(InvestigationStarted started, LocalDate date)
    {
        if (Stage != CaseStage.Acceptance)
        {
            return NotAt("start its investigation", CaseStage.Acceptance);
        }

        return CheckInvestigators(started.Investigators, started.MinimumInvestigators) is { } error
            ? error
            : Enter(CaseStage.Review, started, date) with { Investigators = started.Investigators };
    }

    private static Result<AssistanceCase>? CheckInvestigators(System.Collections.Immutable.ImmutableArray<string> investigators, int minimum)
    {
        if (investigators.IsDefault || investigators.Any(i => !IsId(i)) || investigators.Distinct(StringComparer.Ordinal).Count() != investigators.Length)
        {
            return Invalid("investigators", ErrorCodes.Required, "Each investigator is a distinct staff ID of 1 to 64 characters.");
        }

        return minimum < 1 || investigators.Length < minimum
            ? Invalid("investigators", ErrorCodes.CaseInvestigatorsTooFew, $"At least {Math.Max(minimum, 1)} investigators are required (VR-04).")
            : null;
    }

    private Result<AssistanceCase> Verify(VerificationFinding? finding, LocalDate date)
    {
        if (Stage is not (CaseStage.Acceptance or CaseStage.Review))
        {
            return NotAt("record a register check", CaseStage.Acceptance, CaseStage.Review);
        }

        if (finding is null || !Enum.IsDefined(finding.Source) || finding.Declared.IsNegative || finding.Verified.IsNegative
            || finding.Declared.Fen > MaxFen || finding.Verified.Fen > MaxFen)
        {
            return Invalid("finding", ErrorCodes.OutOfRange, "A known register, with declared and verified amounts from 0 to 10,000,000,000 yuan.");
        }

        return this with { Findings = Findings.Add(finding), FirstVerifiedOn = FirstVerifiedOn ?? date };
    }

    private Result<AssistanceCase> RequireHomeVisit(HomeVisitCause cause)
    {
        if (Stage >= CaseStage.Decision)
        {
            return NotAt("require a home visit", CaseStage.Discovery, CaseStage.Report, CaseStage.Acceptance, CaseStage.Review);
        }

        return Enum.IsDefined(cause)
            ? this with { HomeVisitCauses = HomeVisitCauses.Add(cause), HomeVisitPending = true }
            : Invalid("cause", ErrorCodes.UnknownName, "The cause is not one the library knows.");
    }

    private Result<AssistanceCase> RecordHomeVisit(HomeVisitRecorded visited)
    {
        if (Stage != CaseStage.Review)
        {
            return NotAt("record a home visit", CaseStage.Review);
        }

        return CheckInvestigators(visited.Investigators, visited.MinimumInvestigators) ?? this with { HomeVisitPending = false };
    }

    private Result<AssistanceCase> Publish(NoticePublished published, LocalDate date)
    {
        if (Stage != CaseStage.Review)
        {
            return NotAt("publish a notice", CaseStage.Review);
        }

        if (Notice is { Withdrawn: false })
        {
            return Invalid("type", ErrorCodes.CaseTransition, "A notice is already up; only an objection withdraws it.");
        }

        if (!Enum.IsDefined(published.Programme) || !IsAmount(published.Amount))
        {
            return Invalid("amount", ErrorCodes.OutOfRange, "A known programme and an amount from 0.01 to 10,000,000,000 yuan.");
        }

        if (published.PublishedOn != date || published.LastDay <= published.PublishedOn)
        {
            return Invalid("lastDay", ErrorCodes.OutOfRange, "A notice goes up on the event's date and ends after it.");
        }

        return this with { Notice = new CaseNotice(published.Programme, published.Amount, published.PublishedOn, published.LastDay, false) };
    }

    private Result<AssistanceCase> Object(LocalDate date)
    {
        if (Stage != CaseStage.Review || Notice is null || !Notice.IsRunningOn(date))
        {
            return Invalid("type", ErrorCodes.CaseTransition, "An objection is raised while a notice is up.");
        }

        return this with { Notice = Notice with { Withdrawn = true }, Objections = Objections + 1 };
    }

    private Result<AssistanceCase> Approve(CaseApproved approved, CaseEvent e, LocalDate date)
    {
        if (Stage != CaseStage.Review)
        {
            return NotAt("be approved", CaseStage.Review);
        }

        if (AidStopped)
        {
            return Invalid("type", ErrorCodes.CaseAidStopped, "Aid on the case is stopped.");
        }

        if (Notice is null || !Notice.IsCompleteOn(date))
        {
            return Invalid("notice", ErrorCodes.CaseNoticeIncomplete, "Approval follows a notice that ran its full course without objection (PB-02).");
        }

        if (approved.Programme != Notice.Programme || approved.Amount != Notice.Amount)
        {
            return Invalid("amount", ErrorCodes.CaseTransition, "The approval is for the programme and amount the notice proposed.");
        }

        if (HomeVisitPending)
        {
            return Invalid("homeVisit", ErrorCodes.CaseHomeVisitPending, "A mandatory home visit comes before approval (WF-05).");
        }

        if (Findings.IsEmpty)
        {
            return Invalid("findings", ErrorCodes.CaseNotVerified, "Every application is checked against the registers before approval (ZF-VR-01).");
        }

        if (GreenChannel is { PaperworkCompleted: false })
        {
            return Invalid("greenChannel", ErrorCodes.CaseTransition, "The paperwork of the aid paid first is completed before approval (ZF-TA-01).");
        }

        if (CheckApprovalTerms(approved, date) is { } refused)
        {
            return refused;
        }

        return Decide(CaseResolution.Approved, e, date).Value with
        {
            ApprovedProgramme = approved.Programme,
            ApprovedAmount = approved.Amount,
            ApprovedBy = e.Sequence,
            ApprovedLevel = approved.Level,
            Benefit = approved.BenefitFrom is { } from ? [new BenefitPeriod(from, approved.Amount, e.Sequence)] : [],
        };
    }

    private Result<AssistanceCase> Decide(CaseResolution resolution, CaseEvent e, LocalDate date)
    {
        if (Stage != CaseStage.Review)
        {
            return NotAt("be decided", CaseStage.Review);
        }

        return Enter(CaseStage.Decision, e, date) with { Resolution = resolution, DecidedOn = date };
    }

    private Result<AssistanceCase> Refer(CaseReferred referred, CaseEvent e, LocalDate date) =>
        Enum.IsDefined(referred.Department)
            ? Decide(CaseResolution.Referred, e, date).Map(c => c with { ReferredTo = referred.Department })
            : Invalid("department", ErrorCodes.UnknownName, "The department is not one the library knows.");

    private Result<AssistanceCase> NotifyRejection(LocalDate date) =>
        Resolution == CaseResolution.Rejected && RejectionNotifiedOn is null
            ? this with { RejectionNotifiedOn = date }
            : Invalid("type", ErrorCodes.CaseTransition, "A rejection is notified once, after it is decided.");

    private Result<AssistanceCase> GrantGreenChannel(GreenChannelGranted granted, LocalDate date)
    {
        if (Stage is not (CaseStage.Report or CaseStage.Acceptance))
        {
            return NotAt("pay first", CaseStage.Report, CaseStage.Acceptance);
        }

        if (AidStopped || GreenChannel is not null)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "A case pays first once, and not after aid is stopped.");
        }

        if (!IsAmount(granted.Amount) || granted.PaperworkDue < date)
        {
            return Invalid("amount", ErrorCodes.OutOfRange, "A positive amount, with a paperwork deadline on or after the day.");
        }

        return this with
        {
            GreenChannel = new GreenChannel(granted.Amount, granted.PaperworkDue, false, false),
            GreenChannelGrantedOn = date,
            GreenChannelGrantedBy = granted.Sequence,
        };
    }

    private Result<AssistanceCase> Pay(CasePayment? payment, LocalDate date)
    {
        // A month's payment is checked against the benefit first: its amount is the benefit's, so its refusal says why.
        if (payment is { Basis: PaymentBasis.MonthlyBenefit } && CheckMonthlyPayment(payment, date) is { } month)
        {
            return month;
        }

        if (payment is null || !IsAmount(payment.Amount) || !Enum.IsDefined(payment.Account.Fund) || payment.LedgerSequence < 1)
        {
            return Invalid("payment", ErrorCodes.OutOfRange, "A payment names its account, a positive amount and its ledger entry.");
        }

        if (AidStopped)
        {
            return Invalid("type", ErrorCodes.CaseAidStopped, "Aid on the case is stopped.");
        }

        if (payment.Basis != PaymentBasis.CharityProject && (payment.Purpose is not null || payment.Account.Fund == Fund.Charity))
        {
            return Invalid("payment.account", ErrorCodes.CasePaymentFund, "Government aid is paid from a government fund, under its programme.");
        }

        if (payment.Basis != PaymentBasis.MonthlyBenefit && payment.Month is not null)
        {
            return Invalid("payment.month", ErrorCodes.CaseTransition, "Only a monthly benefit's payment names a month.");
        }

        // A payment is charged to the budget of the year it is made in (ZF-FD-01); a month's benefit to its month's year
        // (checked above), and a charity payment to the account its referral committed.
        if (payment.Basis is PaymentBasis.GreenChannel or PaymentBasis.Approval && payment.Account.Year != date.Year)
        {
            return Invalid("payment.account.year", ErrorCodes.CaseEventFigure, $"ZF-FD-01: a payment made on {Dates.Format(date)} is charged to the budget of {date.Year}; the event states another year.");
        }

        switch (payment.Basis)
        {
            case PaymentBasis.GreenChannel:
                if (GreenChannelGrantedBy is not { } grant || payment.AuthorisedBy != grant || Payments.Any(p => p.Basis == PaymentBasis.GreenChannel))
                {
                    return Invalid("payment.authorisedBy", ErrorCodes.CaseTransition, "An aid-first payment follows its green-channel decision, once.");
                }

                if (payment.Account.Fund != Fund.Emergency || payment.Amount != GreenChannel!.Amount)
                {
                    return Invalid("payment", ErrorCodes.CasePaymentFund, "The green channel pays its amount from the emergency fund (ZF-FD-02).");
                }

                break;
            case PaymentBasis.CharityProject:
                var referral = CharityReferrals.FirstOrDefault(r => r.Sequence == payment.AuthorisedBy);
                if (referral is null || referral.Paid)
                {
                    return Invalid("payment.authorisedBy", ErrorCodes.CaseTransition, "A charity payment settles an unpaid referral of the case, once.");
                }

                if (payment.Account != referral.Account || payment.Amount != referral.Amount || payment.Purpose != referral.Need)
                {
                    return Invalid("payment", ErrorCodes.CasePaymentFund, "A charity payment is the referral's amount, from its account, for its need.");
                }

                return this with
                {
                    Payments = Payments.Add(payment),
                    CharityPaid = CharityPaid + payment.Amount,
                    CharityReferrals = CharityReferrals.Replace(referral, referral with { Paid = true }),
                };
            case PaymentBasis.Approval:
                if (Stage is not (CaseStage.Decision or CaseStage.EffectEvaluation) || ApprovedBy is not { } approval || payment.AuthorisedBy != approval)
                {
                    return Invalid("payment.authorisedBy", ErrorCodes.CaseTransition, "A payment cites the case's approval.");
                }

                if (IsMonthly(ApprovedProgramme!.Value))
                {
                    return Invalid("payment.basis", ErrorCodes.CaseTransition, $"{ApprovedProgramme} is paid month by month (WF-04).");
                }

                if (FundFor(ApprovedProgramme!.Value) != payment.Account.Fund)
                {
                    return Invalid("payment.account", ErrorCodes.CasePaymentFund, $"{ApprovedProgramme} is not paid from the {payment.Account.Fund} fund.");
                }

                if (TotalPaid + payment.Amount > ApprovedAmount)
                {
                    return Invalid("payment.amount", ErrorCodes.CasePaymentExceedsApproval, $"The approval leaves {ApprovedAmount - TotalPaid} to pay.");
                }

                break;
            case PaymentBasis.MonthlyBenefit:
                break;
            default:
                return Invalid("payment.basis", ErrorCodes.UnknownName, "The basis is not one the library knows.");
        }

        return this with { Payments = Payments.Add(payment), TotalPaid = TotalPaid + payment.Amount };
    }

    private Result<AssistanceCase> RecordUnmetNeed(UnmetNeedRecorded unmet)
    {
        if (AfterGovernmentAid() is { } refused)
        {
            return refused;
        }

        if (!Enum.IsDefined(unmet.Need) || unmet.Amount.IsNegative || unmet.Amount.Fen > MaxFen)
        {
            return Invalid("amount", ErrorCodes.OutOfRange, "A known need and an amount from 0 to 10,000,000,000 yuan.");
        }

        return unmet.Amount < CharityCommitted(unmet.Need)
            ? Invalid("amount", ErrorCodes.CaseTransition, $"Charity has already committed {CharityCommitted(unmet.Need)} to this need.")
            : this with { UnmetNeeds = UnmetNeeds.SetItem(unmet.Need, unmet.Amount) };
    }

    private Result<AssistanceCase> ReferToCharity(CharityReferred referred)
    {
        if (AfterGovernmentAid() is { } refused)
        {
            return refused;
        }

        if (!IsId(referred.ProjectId) || !Enum.IsDefined(referred.Need) || referred.Account.Fund != Fund.Charity || !IsAmount(referred.Amount))
        {
            return Invalid("projectId", ErrorCodes.OutOfRange, "A project ID, a known need, a charity account and a positive amount.");
        }

        if (CharityReferrals.Any(r => r.ProjectId == referred.ProjectId && r.Need == referred.Need))
        {
            return Invalid("projectId", ErrorCodes.CaseTransition, "The project already took this need of the case.");
        }

        // Nothing is paid twice for the same need: charity commits at most what the need still lacks.
        return referred.Amount > UnmetRemaining(referred.Need)
            ? Invalid("amount", ErrorCodes.CasePaymentExceedsApproval, $"The need lacks {UnmetRemaining(referred.Need)} once charity's commitments are counted.")
            : this with { CharityReferrals = CharityReferrals.Add(new CharityReferral(referred.Sequence, referred.ProjectId, referred.Need, referred.Account, referred.Amount, false)) };
    }

    private Result<AssistanceCase> RecordService(ServiceRecorded service, LocalDate date)
    {
        if (Stage < CaseStage.Acceptance)
        {
            return NotAt("record a service", CaseStage.Acceptance, CaseStage.Review, CaseStage.Decision, CaseStage.EffectEvaluation);
        }

        return !Enum.IsDefined(service.Provider) || !Enum.IsDefined(service.Service) || !Enum.IsDefined(service.Need) || service.Hours is < 0 or > 24
            ? Invalid("service", ErrorCodes.OutOfRange, "A known provider, service and need, and 0 to 24 hours.")
            : this with { Services = Services.Add(new CaseService(service.Provider, service.Service, service.Need, date, service.Hours)) };
    }

    /// <summary>Charity comes after government programmes have decided (ZF-MP-01), and not once aid is stopped.</summary>
    private Result<AssistanceCase>? AfterGovernmentAid() =>
        Stage is not (CaseStage.Decision or CaseStage.EffectEvaluation) || AidStopped
            ? Invalid("type", ErrorCodes.CaseTransition, "Unmet needs and charity follow the decision, while aid is not stopped.")
            : null;

    private Money CharityCommitted(Need need) => CharityReferrals.Where(r => r.Need == need).Aggregate(Money.Zero, (sum, r) => sum + r.Amount);

    /// <summary>What a need still lacks once charity's commitments are counted.</summary>
    /// <param name="need">The need.</param>
    /// <returns>The amount, never negative.</returns>
    public Money UnmetRemaining(Need need) =>
        Money.Max(Money.Zero, (UnmetNeeds.TryGetValue(need, out var unmet) ? unmet : Money.Zero) - CharityCommitted(need));

    private Result<AssistanceCase> CompletePaperwork(LocalDate date)
    {
        if (GreenChannel is not { PaperworkCompleted: false, Lapsed: false } channel)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "Only an open green channel has paperwork to complete.");
        }

        if (Stage is not (CaseStage.Acceptance or CaseStage.Review))
        {
            return NotAt("complete its paperwork", CaseStage.Acceptance, CaseStage.Review);
        }

        return date > channel.PaperworkDue
            ? Invalid("at", ErrorCodes.CasePaperworkDeadline, $"The paperwork was due by {Dates.Format(channel.PaperworkDue)}.")
            : this with { GreenChannel = channel with { PaperworkCompleted = true } };
    }

    private Result<AssistanceCase> OpenRecovery(RecoveryOpened opened, LocalDate date)
    {
        if (!Enum.IsDefined(opened.Cause) || !IsAmount(opened.Amount))
        {
            return Invalid("amount", ErrorCodes.OutOfRange, "A known cause and a positive amount.");
        }

        if (RecoveryDue + opened.Amount > TotalPaid)
        {
            return Invalid("amount", ErrorCodes.CaseRecoveryExceeds, $"The case was paid {TotalPaid}, of which {RecoveryDue} is already being recovered.");
        }

        switch (opened.Cause)
        {
            case RecoveryCause.PaperworkLapsed:
                if (GreenChannel is not { PaperworkCompleted: false, Lapsed: false } channel || date <= channel.PaperworkDue || Resolution is not null)
                {
                    return Invalid("cause", ErrorCodes.CasePaperworkDeadline, "A green channel lapses once its deadline has passed without the paperwork.");
                }

                return this with { GreenChannel = channel with { Lapsed = true }, RecoveryDue = RecoveryDue + opened.Amount };
            case RecoveryCause.RejectedAfterPayingFirst when Resolution != CaseResolution.Rejected || GreenChannel is null:
            case RecoveryCause.PaidAboveApproval when Resolution != CaseResolution.Approved || TotalPaid - ApprovedAmount < opened.Amount:
            case RecoveryCause.Fraud when Fraud is null:
                return Invalid("cause", ErrorCodes.CaseTransition, $"Nothing on the case calls for a recovery for {opened.Cause}.");
            default:
                return this with { RecoveryDue = RecoveryDue + opened.Amount };
        }
    }

    private Result<AssistanceCase> ReceiveRecovery(RecoveryReceived received)
    {
        if (!IsAmount(received.Amount) || received.LedgerSequence < 1)
        {
            return Invalid("amount", ErrorCodes.OutOfRange, "A positive amount and its ledger entry.");
        }

        if (received.Account.Fund == Fund.Charity)
        {
            return Invalid("account", ErrorCodes.CasePaymentFund, "Recoveries return government aid to the fund that paid it.");
        }

        if (received.Amount > RecoveryOutstanding || received.Amount > NetPaidFrom(received.Account))
        {
            return Invalid("amount", ErrorCodes.CaseRecoveryExceeds, $"{RecoveryOutstanding} is outstanding; the account paid the case {NetPaidFrom(received.Account)} net.");
        }

        return this with { Recovered = Recovered + received.Amount };
    }

    private Result<AssistanceCase> EstablishFraud(FraudEstablished fraud)
    {
        if (Fraud is not null || Stage < CaseStage.Acceptance)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "Fraud is established once, on an accepted case.");
        }

        if (!IsAmount(fraud.AmountObtained) || fraud.FineMinimum.IsNegative || fraud.FineMinimum > fraud.FineMaximum)
        {
            return Invalid("amountObtained", ErrorCodes.OutOfRange, "A positive amount obtained and a fine range from low to high.");
        }

        return this with { Fraud = fraud };
    }

    private Result<AssistanceCase> CompleteTask(TaskCompleted completed)
    {
        var index = Tasks.IndexOf(Tasks.FirstOrDefault(t => t.Department == completed.Department && !t.IsDone)!);
        return index < 0
            ? Invalid("department", ErrorCodes.CaseTransition, "The department has no open task on the case.")
            : this with { Tasks = Tasks.SetItem(index, Tasks[index] with { CompletedBy = completed.StaffId }) };
    }

    private Result<AssistanceCase> Escalate(CaseEscalated escalated) =>
        escalated.Reasons.IsDefaultOrEmpty || escalated.Reasons.Any(r => !Enum.IsDefined(r)) || escalated.Reasons.Distinct().Count() != escalated.Reasons.Length
            ? Invalid("reasons", ErrorCodes.CaseEscalationNoCriterion, "An escalation names each criterion it met, once.")
            : this with { Escalations = [.. Escalations.Union(escalated.Reasons).Order()] };

    private Result<AssistanceCase> RecordOutcome(CaseOutcome outcome, CaseEvent e, LocalDate date)
    {
        if (Stage != CaseStage.Decision || Resolution == CaseResolution.Rejected || AidStopped)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "An outcome is evaluated after an approval or referral.");
        }

        if (Resolution == CaseResolution.Approved && TotalPaid == Money.Zero)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "An approved case is evaluated after aid is paid.");
        }

        return Enum.IsDefined(outcome)
            ? Enter(CaseStage.EffectEvaluation, e, date) with { Outcome = outcome }
            : Invalid("outcome", ErrorCodes.UnknownName, "The outcome is not one the library knows.");
    }

    private Result<AssistanceCase> Close(CaseEvent e, LocalDate date)
    {
        var finished = Stage == CaseStage.EffectEvaluation
            || (Resolution == CaseResolution.Rejected && RejectionNotifiedOn is not null)
            || AidStopped
            || BenefitStopped;
        if (!finished)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "A case closes after its effect evaluation, a notified rejection, or stopped aid or benefit.");
        }

        if (CharityReferrals.Any(r => !r.Paid))
        {
            return Invalid("charityReferrals", ErrorCodes.CaseTransition, "A charity referral awaits payment.");
        }

        if (Tasks.Any(t => !t.IsDone))
        {
            return Invalid("tasks", ErrorCodes.CaseTasksOpen, $"Open tasks: {string.Join(", ", Tasks.Where(t => !t.IsDone).Select(t => t.Department))}.");
        }

        return RecoveryOutstanding > Money.Zero
            ? Invalid("recovery", ErrorCodes.CaseRecoveryOutstanding, $"{RecoveryOutstanding} remains to be recovered.")
            : Enter(CaseStage.Closed, e, date);
    }
}
