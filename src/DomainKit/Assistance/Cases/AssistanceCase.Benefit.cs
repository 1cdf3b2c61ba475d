using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// The monthly benefits of dibao and extreme poverty on a case: approval with the month payment starts (WF-04)
/// and the level that approved (TA-02), changes on a report or a review (DB-09, DB-10), and payment month by month
/// from the basic-living fund. The special-case decision limit of WF-01 is here too, since it belongs to dibao.
/// </summary>
public sealed partial record AssistanceCase
{
    /// <summary>The most months after its decision that a benefit may start or a change of it apply.</summary>
    private const int MaxStartDelayMonths = 12;

    /// <summary>Whether the case was marked as a special case, whose dibao decision limit is the longer one (WF-01).</summary>
    public bool IsSpecialCase { get; private init; }

    /// <summary>The monthly benefit's periods, oldest first: the approval's, then one per change (WF-04, DB-09).</summary>
    public ImmutableArray<BenefitPeriod> Benefit { get; private init; } = [];

    /// <summary>Whether the monthly benefit was stopped (DB-09).</summary>
    public bool BenefitStopped => !Benefit.IsEmpty && Benefit[^1].Amount == Money.Zero;

    /// <summary>The level that approved the case (TA-02), once approved.</summary>
    public ApprovalLevel? ApprovedLevel { get; private init; }

    /// <summary>Whether a programme is paid as a monthly benefit rather than as one authorised sum.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>True for dibao (single-member dibao included) and extreme poverty.</returns>
    public static bool IsMonthly(Programme programme) =>
        programme is Programme.Dibao or Programme.SingleMemberDibao or Programme.ExtremePoverty;

    /// <summary>The monthly benefit due for a month: zero before the first month (WF-04), after a stop, or without a monthly approval.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The amount.</returns>
    public Money BenefitFor(YearMonth month) => PeriodFor(month)?.Amount ?? Money.Zero;

    /// <summary>Whether a month of the monthly benefit has been paid.</summary>
    /// <param name="month">The month.</param>
    /// <returns>True when a payment for the month is in the history.</returns>
    public bool IsMonthPaid(YearMonth month) => Payments.Any(p => p.Basis == PaymentBasis.MonthlyBenefit && p.Month == month);

    /// <summary>
    /// Approves the programme and amount the completed notice proposed, at a level (TA-02). A monthly benefit
    /// (dibao, extreme poverty) starts the policy's number of months after the month of confirmation (WF-04: the
    /// month after, by default). The township approves only temporary assistance, and only up to the sum the
    /// policy delegates to it; everything else is the county's. Emergencies are paid first through the green
    /// channel (ZF-TA-01) at any level and approved here once their paperwork is complete.
    /// </summary>
    /// <param name="command">The command; its date is the date of confirmation.</param>
    /// <param name="policy">The policy set, for the start of a monthly benefit and the delegated sum.</param>
    /// <param name="level">The level approving.</param>
    /// <returns>The update, Invalid (level not allowed, policy value not set, notice not complete ...), or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> Approve(CaseCommand command, PolicySet policy, ApprovalLevel level = ApprovalLevel.County)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(policy);
        var date = DateOf(command.At);
        var programme = Notice?.Programme ?? default;
        var amount = Notice?.Amount ?? Money.Zero;
        YearMonth? from = null;
        if (IsMonthly(programme))
        {
            if (policy.ValueAtOrNull(CaseParameters.BenefitStartDelayMonths, date) is not { } delay)
            {
                return Refuse(command, [PolicySet.MissingParameter(CaseParameters.BenefitStartDelayMonths)]);
            }

            from = date.ToYearMonth().PlusMonths(delay.Value);
        }

        if (level == ApprovalLevel.Township && Notice is not null)
        {
            if (programme != Programme.TemporaryAssistance)
            {
                return Refuse(command, [Errors.At("level", ErrorCodes.CaseApprovalLevel, "Only temporary assistance may be approved by the township; the county approves every other programme (TA-02).")]);
            }

            if (policy.ValueAtOrNull(CaseParameters.TownshipApprovalLimit, date) is not { } limit)
            {
                return Refuse(command, [Errors.At("level", ErrorCodes.CaseApprovalLevel, "The policy delegates no temporary-assistance sum to the township; the county approves (TA-02).")]);
            }

            if (amount > limit.Value)
            {
                return Refuse(command, [Errors.At("level", ErrorCodes.CaseApprovalLevel, $"The township may approve up to {limit.Value}; the county approves {amount} (TA-02).")]);
            }
        }

        return Approved(command, new CaseApproved { Programme = programme, Amount = amount, BenefitFrom = from, Level = level });
    }

    /// <summary>
    /// Marks the case as a special case (WF-01) with the reason in the command: the dibao decision limit becomes
    /// the policy's special-case limit. Only a case with a basic-living need, before its decision and no later than
    /// the ordinary limit's last day, may be marked, and only once.
    /// </summary>
    /// <param name="command">The command; its reason is the special circumstance.</param>
    /// <param name="policy">The policy set, for the ordinary limit.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> MarkSpecialCase(CaseCommand command, PolicySet policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        if (EnteredOn.TryGetValue(CaseStage.Acceptance, out var accepted))
        {
            var ordinary = TimeLimits.Due(TimeLimit.DibaoDecision, accepted, calendar, policy);
            if (!ordinary.IsSuccess)
            {
                return Refuse(command, ordinary.ValidationErrors);
            }

            if (DateOf(command.At) > ordinary.Value.Due)
            {
                return Refuse(command, [Errors.At("at", ErrorCodes.CaseTransition, $"A case is marked special within the ordinary limit, which ended on {Dates.Format(ordinary.Value.Due)} (WF-01).")]);
            }
        }

        return Run(command, new SpecialCaseMarked());
    }

    /// <summary>
    /// Raises, lowers or stops the monthly benefit from a month on (DB-09), on a change the recipient reported or
    /// a periodic review's finding (DB-10). The command's reason is the written reason given to the household; a
    /// stop (a zero amount) must also name its ground. A month already paid is never changed: an overpayment is
    /// recovered, not rewritten.
    /// </summary>
    /// <param name="command">The command; its reason is the written reason.</param>
    /// <param name="grounds">What the change rests on.</param>
    /// <param name="amount">The new monthly amount; zero stops the benefit.</param>
    /// <param name="from">The first month of the new amount: not before the command's month, the benefit's start, or a month already paid.</param>
    /// <param name="stopReason">For a stop, its ground; null otherwise.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> ChangeBenefit(CaseCommand command, BenefitChangeGrounds grounds, Money amount, YearMonth from, BenefitStopReason? stopReason = null) =>
        Run(command, new BenefitChanged { Grounds = grounds, Amount = amount, From = from, StopReason = stopReason });

    /// <summary>
    /// Pays one month of the monthly benefit from the basic-living fund of that month's year, at the amount in
    /// force for it: never a month before the benefit starts (WF-04), after it stops (DB-09) or later than the
    /// command's month, and never a month twice.
    /// </summary>
    /// <param name="command">The command; its staff member is the approver of the payment.</param>
    /// <param name="month">The month paid for.</param>
    /// <param name="ledger">The fund ledger as it stands.</param>
    /// <returns>The update with the new ledger; Invalid; or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> PayMonth(CaseCommand command, YearMonth month, FundLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ledger);
        var period = PeriodFor(month);
        var account = new LedgerAccount(Fund.BasicLiving, month.Year);
        var payment = new CasePayment(account, period?.Amount ?? Money.Zero, ledger.Version + 1, PaymentBasis.MonthlyBenefit, period?.SetBy ?? 0) { Month = month };
        return WithLedger(
            Run(command, new PaymentMade { Payment = payment }),
            () => ledger.Disburse(account, CaseId, ApprovedProgramme!.Value, payment.Amount, command.StaffId, command.At, command.Reason, ledger.Version));
    }

    private BenefitPeriod? PeriodFor(YearMonth month) => Benefit.LastOrDefault(p => p.From <= month);

    /// <summary>The refusal of an approval of a monthly benefit without its start month (WF-04).</summary>
    private static ValidationError StartMonthRequired() =>
        Errors.At("benefitFrom", ErrorCodes.Required, "A monthly benefit's approval names the month it starts (WF-04).");

    /// <summary>The checks of an approval that concern the monthly benefit and the level (WF-04, TA-02).</summary>
    private static Result<AssistanceCase>? CheckApprovalTerms(CaseApproved approved, LocalDate date)
    {
        if (!Enum.IsDefined(approved.Level))
        {
            return Invalid("level", ErrorCodes.UnknownName, "The level is not one the library knows.");
        }

        if (approved.Level == ApprovalLevel.Township && approved.Programme != Programme.TemporaryAssistance)
        {
            return Invalid("level", ErrorCodes.CaseApprovalLevel, "Only temporary assistance may be approved by the township (TA-02).");
        }

        // A monthly benefit approved without a start month is a history written before WF-04 was modelled: it replays,
        // with no month payable on the case. A command never writes one (Approve refuses it).
        var month = date.ToYearMonth();
        return (IsMonthly(approved.Programme), approved.BenefitFrom) switch
        {
            (true, { } from) when from < month || from > month.PlusMonths(MaxStartDelayMonths) =>
                Invalid("benefitFrom", ErrorCodes.OutOfRange, "A monthly benefit starts in the month of confirmation or up to 12 months after it (WF-04)."),
            (false, { }) => Invalid("benefitFrom", ErrorCodes.CaseTransition, "Only a monthly benefit has a start month."),
            _ => null,
        };
    }

    private Result<AssistanceCase> MarkSpecial()
    {
        if (!Needs.Contains(Need.BasicLiving) || Stage is not (CaseStage.Acceptance or CaseStage.Review))
        {
            return Invalid("type", ErrorCodes.CaseTransition, "A case with a basic-living need is marked special after acceptance and before its decision (WF-01).");
        }

        return IsSpecialCase
            ? Invalid("type", ErrorCodes.CaseTransition, "The case is already marked special.")
            : this with { IsSpecialCase = true };
    }

    private Result<AssistanceCase> ChangeBenefit(BenefitChanged changed, LocalDate date)
    {
        if (Stage is not (CaseStage.Decision or CaseStage.EffectEvaluation) || Benefit.IsEmpty || AidStopped)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "A monthly benefit is changed after its approval, while aid is not stopped (DB-09).");
        }

        if (BenefitStopped)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "The benefit is stopped; a new application opens a new case.");
        }

        if (!Enum.IsDefined(changed.Grounds) || changed.Amount.IsNegative || changed.Amount.Fen > MaxFen)
        {
            return Invalid("amount", ErrorCodes.OutOfRange, "Known grounds and a monthly amount from 0 to 10,000,000,000 yuan.");
        }

        var stop = changed.Amount == Money.Zero;
        if (stop != changed.StopReason.HasValue || (changed.StopReason is { } reason && !Enum.IsDefined(reason)))
        {
            return Invalid("stopReason", ErrorCodes.Required, "A stop names its ground, and only a stop does (DB-09).");
        }

        var current = Benefit[^1];
        if (!stop && changed.Amount == current.Amount)
        {
            return Invalid("amount", ErrorCodes.CaseTransition, $"The benefit is already {current.Amount} a month.");
        }

        var paidThrough = Payments.Where(p => p.Month is not null).Select(p => p.Month!.Value).DefaultIfEmpty(Benefit[0].From.PlusMonths(-1)).Max();
        var earliest = new[] { date.ToYearMonth(), Benefit[0].From, current.From.PlusMonths(1), paidThrough.PlusMonths(1) }.Max();
        if (changed.From < earliest)
        {
            return Invalid("from", ErrorCodes.OutOfRange, $"A change applies from {earliest} on: not to a month already paid, already changed or past (DB-09).");
        }

        if (changed.From > date.ToYearMonth().PlusMonths(MaxStartDelayMonths))
        {
            return Invalid("from", ErrorCodes.OutOfRange, "A change applies from a month at most 12 months after it is decided.");
        }

        return this with { Benefit = Benefit.Add(new BenefitPeriod(changed.From, changed.Amount, changed.Sequence)) };
    }

    private Result<AssistanceCase>? CheckMonthlyPayment(CasePayment payment, LocalDate date)
    {
        if (Stage is not (CaseStage.Decision or CaseStage.EffectEvaluation) || Benefit.IsEmpty || payment.Month is not { } month)
        {
            return Invalid("payment.basis", ErrorCodes.CaseTransition, "A monthly payment follows the approval of a monthly benefit and names its month.");
        }

        if (month < Benefit[0].From)
        {
            return Invalid("payment.month", ErrorCodes.CaseBenefitNotStarted, $"The benefit starts in {Benefit[0].From} (WF-04).");
        }

        if (month > date.ToYearMonth())
        {
            return Invalid("payment.month", ErrorCodes.OutOfRange, "A month is paid in or after that month, never in advance.");
        }

        if (IsMonthPaid(month))
        {
            return Invalid("payment.month", ErrorCodes.CaseTransition, $"{month} is already paid.");
        }

        var period = PeriodFor(month)!;
        if (period.Amount == Money.Zero)
        {
            return Invalid("payment.month", ErrorCodes.CaseAidStopped, "The benefit is stopped from that month (DB-09).");
        }

        if (payment.Account != new LedgerAccount(Fund.BasicLiving, month.Year) || payment.Amount != period.Amount || payment.AuthorisedBy != period.SetBy)
        {
            return Invalid("payment", ErrorCodes.CasePaymentFund, $"A month is paid {period.Amount} from the basic-living fund of its year, citing the event that set it.");
        }

        return null;
    }
}
