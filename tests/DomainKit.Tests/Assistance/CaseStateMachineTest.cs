using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Long random command sequences over several cases and one fund ledger: valid and invalid commands, out of
/// order, with stale versions from staff acting at once. After every step no invariant may break: histories
/// replay to the same case, the ledger balances and no fund goes below zero, no case skips a stage, every
/// payment is traceable to an approval or a green-channel decision and to its ledger entry, no view or
/// event text carries personal data, and every history round-trips through its JSON form.
/// </summary>
public class CaseStateMachineTest
{
    private const int Cases = 3;
    private static readonly string[] Staff = ["window-7", "lead-3", "inv-1", "inv-2", "county-1"];
    private static readonly Need[] AllNeeds = Enum.GetValues<Need>();
    private static readonly Programme[] Programmes = [Programme.TemporaryAssistance, Programme.MedicalAssistance, Programme.EducationAssistance, Programme.Dibao];

    /// <summary>The test policy with temporary assistance up to 2,000 yuan delegated to the township (TA-02).</summary>
    private static readonly PolicySet Delegated = Policy.With(CaseParameters.TownshipApprovalLimit, Money.FromYuan(2_000m), new LocalDate(2014, 5, 1), Provenance.Illustrative("A county's delegation in a test"));

    private static readonly CharityProject[] Projects =
    [
        CharityProject.Create("sight", "sight restoration", Need.Medical, new LedgerAccount(Fund.Charity, 2026, "sight-restoration"), Money.FromYuan(600m), [Programme.Dibao], new LocalDate(2026, 1, 1)).Value,
        CharityProject.Create("kidney", "kidney-patient centre", Need.Medical, new LedgerAccount(Fund.Charity, 2026), Money.FromYuan(5_000m), [], new LocalDate(2026, 1, 1)).Value,
        CharityProject.Create("school", "study grants", Need.Education, new LedgerAccount(Fund.Charity, 2026), Money.FromYuan(900m), [], new LocalDate(2026, 1, 1)).Value,
        CharityProject.Create("misfiled", "tuition from the sight fund", Need.Education, new LedgerAccount(Fund.Charity, 2026, "sight-restoration"), Money.FromYuan(100m), [], new LocalDate(2026, 1, 1)).Value,
    ];

    /// <summary>One step: a command kind (or -1, the natural next step for the case), its case, actor, figures and clock.</summary>
    public sealed record Move(int Kind, int Case, int Actor, int Pick, int Yuan, int Hours, int VersionSkew);

    public static Arbitrary<Move[]> Steps() => Arb.From(
        Gen.ListOf(
            from kind in Gen.Frequency((6, Gen.Constant(-1)), (4, Gen.Choose(0, 31)))
            from caseNo in Gen.Choose(0, Cases - 1)
            from actor in Gen.Choose(0, Staff.Length - 1)
            from pick in Gen.Choose(0, 255)
            from yuan in Gen.Frequency((5, Gen.Choose(1, 5_000)), (1, Gen.Choose(-10, 2_000_000)))
            from hours in Gen.Frequency((3, Gen.Choose(0, 8)), (2, Gen.Choose(8, 72)))
            from skew in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Choose(-2, 2)))
            select new Move(kind, caseNo, actor, pick, yuan, hours, skew),
            90).Select(list => list.ToArray()));

    [Property(MaxTest = 150, Arbitrary = [typeof(CaseStateMachineTest)])]
    public void RandomCommands_NeverBreakAnInvariant(Move[] steps) => Run(steps);

    [Fact]
    public void TheGenerator_ReachesEveryStage_AndEveryKindOfEvent()
    {
        // The property proves little unless random runs get deep: every stage, every event, refusals and conflicts.
        // A fixed seed keeps this check repeatable; the property itself draws new sequences on every run.
        var cases = SampleCases().ToList();
        Assert.Equal(Enum.GetValues<CaseStage>(), cases.SelectMany(c => c.EnteredOn.Keys).Distinct().Order());
        var kinds = cases.SelectMany(c => c.Events).Select(e => e.GetType()).ToHashSet();
        var missing = typeof(CaseEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CaseEvent)) && !t.IsAbstract && !kinds.Contains(t)).Select(t => t.Name);
        Assert.Empty(missing);
    }

    /// <summary>Cases from a fixed seed that between them hold every kind of event, for tests of the history's JSON form.</summary>
    internal static IEnumerable<AssistanceCase> SampleCases() =>
        Gen.Sample(Steps().Generator, 50, new Rnd(20261128), 200).SelectMany(steps => Run(steps));

    /// <summary>
    /// Runs the steps over fresh cases and one ledger, checking every invariant after each step unless told not to;
    /// the observer, if any, sees each command's result with the case it was given.
    /// </summary>
    internal static IEnumerable<AssistanceCase> Run(Move[] steps, Action<Move, AssistanceCase?, Result<CaseUpdate>>? observe = null, bool check = true)
    {
        var cases = new AssistanceCase?[Cases];
        var ledger = CaseCharityTest.LedgerWithCharity();
        ledger = ledger.Open(new LedgerAccount(Fund.BasicLiving, 2026), Money.FromYuan(50_000m), "finance-1", March(1), "basic-living budget", ledger.Version).Value;
        var at = March(2);
        foreach (var step in steps)
        {
            at = at.Plus(Duration.FromHours(step.Hours));
            var current = cases[step.Case];
            var version = (current?.Version ?? 0) + step.VersionSkew;
            var command = new CaseCommand(Staff[step.Actor], at, "step", version);
            var result = Execute(step, current, command, ledger, $"case-{step.Case}");
            if (result is null)
            {
                continue;
            }

            observe?.Invoke(step, current, result);
            if (step.VersionSkew != 0)
            {
                Assert.Equal(ResultStatus.Conflict, result.Status);
                continue;
            }

            if (!result.IsSuccess)
            {
                Assert.Equal(ResultStatus.Invalid, result.Status);
                Assert.NotEmpty(result.ValidationErrors);
                Assert.All(result.ValidationErrors, e => Assert.False(string.IsNullOrEmpty(e.ErrorCode)));
                continue;
            }

            var update = result.Value;
            Assert.NotEmpty(update.Events);
            var before = current?.Events ?? [];
            Assert.Equal(before.AddRange(update.Events).AsEnumerable(), update.Case.Events.AsEnumerable());
            Assert.Equal(before.Length + update.Events.Length, update.Case.Version);
            if (update.Ledger is { } moved)
            {
                Assert.Equal(ledger.Version + 1, moved.Version);
                ledger = moved;
            }

            cases[step.Case] = update.Case;
            if (check)
            {
                CheckCase(update.Case);
                CheckLedger(ledger, cases);
            }
        }

        foreach (var assistanceCase in cases.OfType<AssistanceCase>().Where(_ => check))
        {
            CheckStagePath(assistanceCase);

            // What an integrator stores as JSON reads back as the same case.
            var stored = CaseEventJson.ParseHistory(CaseEventJson.WriteHistory(assistanceCase.Events));
            Assert.True(stored.IsSuccess);
            Assert.Equal(assistanceCase, stored.Value);
        }

        return cases.OfType<AssistanceCase>();
    }

    private static Result<CaseUpdate>? Execute(Move step, AssistanceCase? c, CaseCommand command, FundLedger ledger, string caseId)
    {
        if (c is null)
        {
            var channel = (IntakeChannel)(step.Pick % 5 + 1);
            return step.Kind is -1 or 0 ? AssistanceCase.Open(caseId, channel, Applicant, command) : null;
        }

        var amount = Money.FromYuan(step.Yuan);
        var kind = step.Kind >= 0 ? step.Kind : NaturalNextStep(c, step.Pick);
        var calendar = WorkingDayCalendar.MondayToFriday;
        return kind switch
        {
            // Opening a second case under the same ID is the integrator's store's to refuse, not the case's.
            0 => null,
            1 => c.Report(command),
            2 => c.Accept(command, AllNeeds.Where((_, i) => (step.Pick & (1 << i)) != 0), Policy),
            3 => c.StartInvestigation(command, Staff.Skip(2).Take(step.Pick % 4), Policy),
            4 => c.RecordVerification(command, (VerificationSource)(step.Pick % 11), amount, Money.FromYuan(step.Pick)),
            5 => c.RequireHomeVisit(command, (HomeVisitCause)(step.Pick % 3)),
            6 => c.RecordHomeVisit(command, Staff.Skip(2).Take(step.Pick % 4), Policy),
            7 => c.PublishNotice(command, Programmes[step.Pick % Programmes.Length], amount, Policy, calendar),
            8 => c.RaiseObjection(command),
            9 => step.Pick % 7 == 0 ? c.Approve(command) : c.Approve(command, Delegated, step.Pick % 3 == 0 ? ApprovalLevel.Township : ApprovalLevel.County),
            10 => c.Reject(command),
            11 => c.Refer(command, (Department)(step.Pick % 8)),
            12 => c.NotifyRejection(command),
            13 => c.PayFirst(command, amount, ledger, Policy, calendar),
            14 => c.CompletePaperwork(command),
            15 => c.LapseGreenChannel(command),
            16 => c.Pay(command, amount, ledger),
            17 => c.RecordRecovery(command, c.Payments.IsEmpty ? new LedgerAccount(Fund.Emergency, 2026) : c.Payments[step.Pick % c.Payments.Length].Account, amount, ledger),
            18 => c.EstablishFraud(command, amount, Policy),
            19 => c.CompleteTask(command, (Department)(step.Pick % 8)),
            20 => c.AssignAccountable(command, Staff[step.Pick % Staff.Length]),
            21 => c.Escalate(command, Policy, calendar),
            22 => c.RecordOutcome(command, (CaseOutcome)(step.Pick % 5)),
            23 => c.Close(command),
            24 => c.RecordUnmetNeed(command, step.Kind < 0 ? Projects[step.Pick % Projects.Length].Purpose : AllNeeds[step.Pick % AllNeeds.Length], amount),
            25 => ReferToSomeProject(c, command, step),
            26 => c.PayCharity(command, c.CharityReferrals.FirstOrDefault(r => !r.Paid)?.Sequence ?? step.Pick, ledger),
            27 => c.RecordService(command, (ServiceProvider)(step.Pick % 4), (ServiceKind)(step.Pick % 8), AllNeeds[step.Pick % AllNeeds.Length], step.Pick % 26),
            28 => RecoverOutstanding(c, command, ledger),
            29 => c.MarkSpecialCase(command, Policy, calendar),
            30 => ChangeSomeBenefit(c, command, step),
            _ => c.PayMonth(command, NextUnpaidMonth(c, step), ledger),
        };
    }

    /// <summary>The command a diligent office would give next, so that random runs reach every stage.</summary>
    private static int NaturalNextStep(AssistanceCase c, int pick) => c.Stage switch
    {
        _ when c.RecoveryOutstanding > Money.Zero && pick % 3 == 0 => 28,
        _ when c.AidStopped && c.Stage != CaseStage.Closed => c.RecoveryOutstanding > Money.Zero ? 28 : c.Tasks.Any(t => !t.IsDone) ? 19 : 23,
        CaseStage.Discovery => 1,
        CaseStage.Report => c.GreenChannel is null && c.Version % 3 == 0 ? 13 : 2,
        CaseStage.Acceptance => c.GreenChannel is { PaperworkCompleted: false, Lapsed: false } ? 14 : 3,
        CaseStage.Review when c.Needs.Contains(Need.BasicLiving) && !c.IsSpecialCase && pick % 5 == 0 => 29,
        CaseStage.Review when c.Findings.IsEmpty => 4,
        CaseStage.Review when c.HomeVisitPending => 6,
        CaseStage.Review when c.Notice is null or { Withdrawn: true } => 7,
        CaseStage.Review => 9,
        CaseStage.Decision when c.Resolution == CaseResolution.Rejected => c.RejectionNotifiedOn is null ? 12 : 23,
        CaseStage.Decision when !c.Benefit.IsEmpty && !c.BenefitStopped && pick % 4 == 0 => 30,
        CaseStage.Decision when !c.Benefit.IsEmpty && c.Payments.Count(p => p.Month is not null) < 2 && !c.BenefitStopped => 31,
        CaseStage.Decision when c.Resolution == CaseResolution.Approved && c.Benefit.IsEmpty && c.TotalPaid < c.ApprovedAmount => 16,
        CaseStage.Decision => 22,
        CaseStage.EffectEvaluation when c.CharityReferrals.Any(r => !r.Paid) => 26,
        CaseStage.EffectEvaluation when pick % 4 == 0 && c.UnmetNeeds.IsEmpty => 24,
        CaseStage.EffectEvaluation when pick % 4 == 1 && c.UnmetNeeds.Keys.Any(n => c.UnmetRemaining(n) > Money.Zero) => 25,
        CaseStage.EffectEvaluation when pick % 4 == 2 && c.Services.IsEmpty => 27,
        _ => c.Tasks.FirstOrDefault(t => !t.IsDone) is not null ? 19 : 23,
    };

    /// <summary>Changes the benefit from a month drawn around the earliest one allowed: raised, lowered or stopped.</summary>
    private static Result<CaseUpdate> ChangeSomeBenefit(AssistanceCase c, CaseCommand command, Move step)
    {
        var month = (c.Benefit.IsEmpty ? new YearMonth(2026, 4) : c.Benefit[^1].From).PlusMonths((step.Pick / 4 % 4) + (step.Kind < 0 ? 1 : 0));
        return (step.Pick % 3) switch
        {
            0 => c.ChangeBenefit(command, BenefitChangeGrounds.PeriodicReview, Money.Zero, month, (BenefitStopReason)(step.Pick % 7)),
            1 => c.ChangeBenefit(command, BenefitChangeGrounds.ChangeReport, Money.FromYuan(step.Yuan), month),
            _ => c.ChangeBenefit(command, BenefitChangeGrounds.PeriodicReview, Money.FromYuan(step.Pick), month, step.Pick % 2 == 0 ? BenefitStopReason.MovedAway : null),
        };
    }

    /// <summary>The first month of the benefit not yet paid, or a month drawn near it.</summary>
    private static YearMonth NextUnpaidMonth(AssistanceCase c, Move step)
    {
        if (c.Benefit.IsEmpty)
        {
            return new YearMonth(2026, 1 + (step.Pick % 12));
        }

        var month = c.Benefit[0].From;
        while (c.IsMonthPaid(month))
        {
            month = month.PlusMonths(1);
        }

        return step.Kind < 0 ? month : month.PlusMonths((step.Pick % 3) - 1);
    }

    /// <summary>Refers to a random project; as the natural next step, to one whose need is still unmet.</summary>
    private static Result<CaseUpdate> ReferToSomeProject(AssistanceCase c, CaseCommand command, Move step)
    {
        var project = step.Kind < 0
            ? Projects.FirstOrDefault(p => c.UnmetRemaining(p.Purpose) > Money.Zero) ?? Projects[0]
            : Projects[step.Pick % Projects.Length];
        return c.ReferToCharity(command, project, project.Purpose, Programmes.Take(step.Pick % 5));
    }

    /// <summary>Recovers what is outstanding into the first account that paid the case enough to take it.</summary>
    private static Result<CaseUpdate> RecoverOutstanding(AssistanceCase c, CaseCommand command, FundLedger ledger)
    {
        var account = c.Payments.Select(p => p.Account).FirstOrDefault(a => a.Fund != Fund.Charity && c.NetPaidFrom(a) >= c.RecoveryOutstanding);
        return c.RecordRecovery(command, account, c.RecoveryOutstanding, ledger);
    }

    private static void CheckCase(AssistanceCase c)
    {
        var replayed = AssistanceCase.Replay(c.Events);
        Assert.True(replayed.IsSuccess, string.Join("; ", replayed.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage)));
        var r = replayed.Value;
        Assert.Equal(c, r);
        Assert.Equal(
            (c.Stage, c.TotalPaid, c.RecoveryDue, c.Recovered, c.ApprovedAmount, c.Notice, c.Objections, c.GreenChannel, c.AidStopped, c.HomeVisitPending),
            (r.Stage, r.TotalPaid, r.RecoveryDue, r.Recovered, r.ApprovedAmount, r.Notice, r.Objections, r.GreenChannel, r.AidStopped, r.HomeVisitPending));
        Assert.Equal(c.Tasks.AsEnumerable(), r.Tasks.AsEnumerable());
        Assert.Equal(c.Accountable, r.Accountable);

        // Money on the case is conserved: recoveries never exceed what was paid, payments never exceed what was authorised.
        Assert.True(c.Recovered <= c.RecoveryDue && c.RecoveryDue <= c.TotalPaid);
        var approvalPayments = c.Payments.Where(p => p.Basis == PaymentBasis.Approval).Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        Assert.True(approvalPayments == Money.Zero || c.TotalPaid <= c.ApprovedAmount);

        // A monthly benefit pays each month once, at the amount in force for it, never before it starts.
        var months = c.Payments.Where(p => p.Basis == PaymentBasis.MonthlyBenefit).ToList();
        Assert.Equal(months.Count, months.Select(p => p.Month).Distinct().Count());
        Assert.All(months, p => Assert.Equal(c.BenefitFor(p.Month!.Value), p.Amount));
        Assert.All(months, p => Assert.True(p.Month >= c.Benefit[0].From));

        // Nothing is paid twice for the same need: charity commits at most what the need lacks, and pays only what it committed.
        foreach (var need in AllNeeds)
        {
            var committed = c.CharityReferrals.Where(r => r.Need == need).Aggregate(Money.Zero, (sum, r) => sum + r.Amount);
            Assert.True(committed <= c.UnmetNeeds.GetValueOrDefault(need));
        }

        Assert.Equal(c.CharityReferrals.Where(r => r.Paid).Aggregate(Money.Zero, (sum, r) => sum + r.Amount), c.CharityPaid);
        Assert.Equal(c.CharityPaid, c.Support().Aggregate(Money.Zero, (sum, line) => sum + line.Charity));
        if (c.Stage == CaseStage.Closed)
        {
            Assert.All(c.Tasks, t => Assert.True(t.IsDone));
            Assert.Equal(Money.Zero, c.RecoveryOutstanding);
        }

        // Every payment cites an earlier approval, green-channel decision or charity referral of its own case.
        foreach (var paid in c.Events.OfType<PaymentMade>())
        {
            var authority = c.Events[(int)paid.Payment.AuthorisedBy - 1];
            Assert.True(authority.Sequence < paid.Sequence);
            if (paid.Payment.Basis == PaymentBasis.MonthlyBenefit)
            {
                Assert.True(authority is CaseApproved or BenefitChanged);
                Assert.Equal(c.Benefit.Last(p => p.From <= paid.Payment.Month).SetBy, authority.Sequence);
                continue;
            }

            var expected = paid.Payment.Basis switch
            {
                PaymentBasis.Approval => typeof(CaseApproved),
                PaymentBasis.GreenChannel => typeof(GreenChannelGranted),
                _ => typeof(CharityReferred),
            };
            Assert.IsType(expected, authority);
        }

        // Personal data stays out of everything meant for others or for logs.
        var publication = c.Publication(Policy);
        var texts = new List<string> { c.ToString(), string.Join("\n", c.Events) };
        if (publication.IsSuccess)
        {
            texts.Add(publication.Value.ToString());
            Assert.Equal(Applicant.HouseholdSize, publication.Value.HouseholdSize);
        }

        foreach (var text in texts)
        {
            Assert.DoesNotContain(Id.Value, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Applicant.Address!, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Applicant.Illness!, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Applicant.Name, text, StringComparison.Ordinal);
        }
    }

    private static void CheckLedger(FundLedger ledger, AssistanceCase?[] cases)
    {
        var replayed = FundLedger.Replay(ledger.Entries);
        Assert.True(replayed.IsSuccess);
        var accounts = ledger.Accounts.ToList();
        Assert.All(accounts, a => Assert.False(ledger.Balance(a).IsNegative));
        Assert.All(accounts, a => Assert.Equal(ledger.Balance(a), replayed.Value.Balance(a)));
        var balances = accounts.Aggregate(Money.Zero, (sum, a) => sum + ledger.Balance(a));
        Assert.Equal(ledger.TotalOpened + ledger.TotalDonated, balances + ledger.TotalDisbursed - ledger.TotalRecovered);
        Assert.All(ledger.Entries.Where(e => e is { Kind: LedgerEntryKind.Disbursement, Account.NamedFund: not null }), e => Assert.Equal(Need.Medical, e.Purpose));

        // Every ledger movement on a case is one event of that case, and the other way round.
        var movements = ledger.Entries.Where(e => e.CaseId is not null).ToList();
        var recorded = cases.OfType<AssistanceCase>().SelectMany(c => c.Events.Select(e => (c.CaseId, e))).ToList();
        Assert.Equal(movements.Count, recorded.Count(x => x.e is PaymentMade or RecoveryReceived));
        foreach (var (caseId, e) in recorded)
        {
            var (sequence, account, amount, kind) = e switch
            {
                PaymentMade p => (p.Payment.LedgerSequence, p.Payment.Account, p.Payment.Amount, LedgerEntryKind.Disbursement),
                RecoveryReceived r => (r.LedgerSequence, r.Account, r.Amount, LedgerEntryKind.Recovery),
                _ => (0L, default(LedgerAccount), Money.Zero, default(LedgerEntryKind)),
            };
            if (sequence == 0)
            {
                continue;
            }

            var entry = ledger.Entries[(int)sequence - 1];
            Assert.Equal((caseId, account, amount, kind, e.StaffId), (entry.CaseId, entry.Account, entry.Amount, entry.Kind, entry.StaffId));
        }
    }

    /// <summary>No case skips a stage: it moves one stage forward at a time, or closes early only after a notified rejection or stopped aid.</summary>
    private static void CheckStagePath(AssistanceCase c)
    {
        var previous = AssistanceCase.Replay(c.Events.Take(1)).Value;
        for (var n = 2; n <= c.Events.Length; n++)
        {
            var next = AssistanceCase.Replay(c.Events.Take(n)).Value;
            if (next.Stage != previous.Stage)
            {
                var oneForward = next.Stage == previous.Stage + 1;
                var closedEarly = next.Stage == CaseStage.Closed
                    && ((previous.Resolution == CaseResolution.Rejected && previous.RejectionNotifiedOn is not null) || previous.AidStopped || previous.BenefitStopped);
                Assert.True(oneForward || closedEarly, $"{previous.Stage} → {next.Stage}");
            }

            previous = next;
        }
    }
}
