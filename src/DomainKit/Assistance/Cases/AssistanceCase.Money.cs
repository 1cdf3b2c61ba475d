using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// The commands that move or commit money: each that moves it appends to the case and to the fund ledger together, or to neither
/// (green channel TA-03 and ZF-TA-01, payments ZF-FD-01 and ZF-FD-02, recoveries, fraud FR-01, charity ZF-MP-01 and ZF-MP-02).
/// </summary>
public sealed partial record AssistanceCase
{
    /// <summary>
    /// Pays aid first from the emergency fund of the command's year and sets the paperwork deadline, the policy's
    /// number of working days on the calendar (先发救助金、后补手续; TA-03, ZF-TA-01, ZF-FD-02).
    /// </summary>
    /// <param name="command">The command; its staff member is the approver of the payment.</param>
    /// <param name="amount">The amount paid first.</param>
    /// <param name="ledger">The fund ledger as it stands.</param>
    /// <param name="policy">The policy set, for the paperwork deadline; a policy without one is refused, never defaulted.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <returns>The update with the new ledger; Invalid with the fund's balance when it cannot pay; or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> PayFirst(CaseCommand command, Money amount, FundLedger ledger, PolicySet policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ledger);
        var date = DateOf(command.At);
        var due = TimeLimits.Due(TimeLimit.GreenChannelPaperwork, date, calendar, policy);
        if (!due.IsSuccess)
        {
            return Refuse(command, due.ValidationErrors);
        }

        var account = new LedgerAccount(Fund.Emergency, date.Year);
        var payment = new CasePayment(account, amount, ledger.Version + 1, PaymentBasis.GreenChannel, Version + 1);
        return WithLedger(
            Run(command, new GreenChannelGranted { Amount = amount, PaperworkDue = due.Value.Due }, new PaymentMade { Payment = payment }),
            () => ledger.Disburse(account, CaseId, Programme.TemporaryAssistance, amount, command.StaffId, command.At, command.Reason, ledger.Version));
    }

    /// <summary>Records that the paperwork of the aid paid first is complete, on or before its deadline: the case joins the normal flow.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> CompletePaperwork(CaseCommand command) => Run(command, new PaperworkCompleted());

    /// <summary>
    /// Lapses a green channel whose paperwork deadline has passed: aid stops and the amount paid first is opened
    /// for recovery; the payment itself stays in the history and the ledger.
    /// </summary>
    /// <param name="command">The command; its date must be after the deadline.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> LapseGreenChannel(CaseCommand command) =>
        Run(command, new RecoveryOpened { Amount = GreenChannel?.Amount ?? Money.Zero, Cause = RecoveryCause.PaperworkLapsed });

    /// <summary>
    /// Pays approved aid from the fund of the approved programme for the command's year (ZF-FD-01); the payments
    /// on a case never exceed its approval, aid paid first included.
    /// </summary>
    /// <param name="command">The command; its staff member is the approver of the payment.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="ledger">The fund ledger as it stands.</param>
    /// <returns>The update with the new ledger; Invalid with the fund's balance when it cannot pay; or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> Pay(CaseCommand command, Money amount, FundLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ledger);
        if (ApprovedProgramme is not { } programme)
        {
            return Refuse(command, [Errors.At("type", ErrorCodes.CaseTransition, "A payment follows an approval or a green-channel decision.")]);
        }

        if (FundFor(programme) is not { } fund)
        {
            return Refuse(command, [Errors.At("payment.account", ErrorCodes.CasePaymentFund, $"No fund of the ledger pays {programme}.")]);
        }

        var account = new LedgerAccount(fund, DateOf(command.At).Year);
        var payment = new CasePayment(account, amount, ledger.Version + 1, PaymentBasis.Approval, ApprovedBy ?? 0);
        return WithLedger(
            Run(command, new PaymentMade { Payment = payment }),
            () => ledger.Disburse(account, CaseId, programme, amount, command.StaffId, command.At, command.Reason, ledger.Version));
    }

    /// <summary>Records money recovered into an account the case was paid from: a ledger entry, never an edit of the payment.</summary>
    /// <param name="command">The command.</param>
    /// <param name="account">The account the money returns to.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="ledger">The fund ledger as it stands.</param>
    /// <returns>The update with the new ledger, Invalid, or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> RecordRecovery(CaseCommand command, LedgerAccount account, Money amount, FundLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ledger);
        return WithLedger(
            Run(command, new RecoveryReceived { Account = account, Amount = amount, LedgerSequence = ledger.Version + 1 }),
            () => ledger.Recover(account, CaseId, amount, command.StaffId, command.At, command.Reason, ledger.Version));
    }

    /// <summary>
    /// Establishes fraud (FR-01): aid stops, the amount obtained (at most what the case was paid and is not
    /// already recovering) is opened for recovery, and the fine range of the policy's multiples is recorded.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="amountObtained">The amount obtained by fraud.</param>
    /// <param name="policy">The policy set, for the fine multiples.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> EstablishFraud(CaseCommand command, Money amountObtained, PolicySet policy)
    {
        ArgumentNullException.ThrowIfNull(command);
        var sanction = Assistance.Fraud.Sanction(amountObtained, policy, DateOf(command.At));
        if (!sanction.IsSuccess)
        {
            return Refuse(command, sanction.ValidationErrors);
        }

        if (amountObtained > TotalPaid - RecoveryDue)
        {
            return Refuse(command, [Errors.At("amountObtained", ErrorCodes.CaseRecoveryExceeds, $"The case was paid {TotalPaid}, of which {RecoveryDue} is already being recovered.")]);
        }

        var s = sanction.Value;
        return Run(
            command,
            new FraudEstablished { AmountObtained = s.Recovery, FineMinimum = s.FineMinimum, FineMaximum = s.FineMaximum },
            new RecoveryOpened { Amount = s.Recovery, Cause = RecoveryCause.Fraud });
    }

    /// <summary>
    /// Refers an unmet need to a charity project whose criteria the household meets on the command's date
    /// (ZF-MP-01): the project commits what the need still lacks, up to its most per case. Nothing is committed
    /// twice for the same need.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="project">The project.</param>
    /// <param name="need">The need.</param>
    /// <param name="standing">The programmes the household is in, for the project's criteria.</param>
    /// <returns>The update; Invalid when the project does not take the need or the household, or nothing is unmet; or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> ReferToCharity(CaseCommand command, CharityProject project, Need need, IEnumerable<Programme> standing)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(standing);
        if (!project.Accepts(need, standing, DateOf(command.At)))
        {
            return Refuse(command, [Errors.At("project", ErrorCodes.CaseTransition, $"The project {project.Id} does not take this need of this household on this day.")]);
        }

        var amount = Money.Min(UnmetRemaining(need), project.MaxPerCase);
        return amount == Money.Zero
            ? Refuse(command, [Errors.At("need", ErrorCodes.CaseTransition, "Nothing of the need is left unmet.")])
            : Run(command, new CharityReferred { ProjectId = project.Id, Need = need, Account = project.Account, Amount = amount });
    }

    /// <summary>Pays a charity referral from its account, for its need (ZF-MP-01, ZF-MP-02); a named fund pays only its purpose.</summary>
    /// <param name="command">The command; its staff member approves the payment.</param>
    /// <param name="referralSequence">The sequence number of the referral.</param>
    /// <param name="ledger">The fund ledger as it stands.</param>
    /// <returns>The update with the new ledger; Invalid when the referral is unknown or paid, or the account cannot pay; or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> PayCharity(CaseCommand command, long referralSequence, FundLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ledger);
        if (CharityReferrals.FirstOrDefault(r => r.Sequence == referralSequence) is not { Paid: false } referral)
        {
            return Refuse(command, [Errors.At("referralSequence", ErrorCodes.CaseTransition, "No unpaid charity referral of the case has this number.")]);
        }

        var payment = new CasePayment(referral.Account, referral.Amount, ledger.Version + 1, PaymentBasis.CharityProject, referral.Sequence, referral.Need);
        return WithLedger(
            Run(command, new PaymentMade { Payment = payment }),
            () => ledger.DisburseCharity(referral.Account, CaseId, referral.Need, referral.Amount, command.StaffId, command.At, command.Reason, ledger.Version));
    }

    private static Result<CaseUpdate> WithLedger(Result<CaseUpdate> update, Func<Result<FundLedger>> move)
    {
        if (!update.IsSuccess)
        {
            return update;
        }

        var ledger = move();
        return ledger.IsSuccess
            ? update.Value with { Ledger = ledger.Value }
            : Result<CaseUpdate>.Invalid(ledger.ValidationErrors.Select(e => Errors.WithPath(e, Errors.Join("ledger", e.Identifier))));
    }
}
