using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Checks a stored fund ledger against the policy and against the cases it paid, refusing on replay what the commands
/// refuse live: an opening budget other than the policy's (ZF-FD-01), a programme paid from a fund that does not pay
/// it, a payment that cites an entry that does not exist or is not its disbursement, one entry cited by two payments,
/// and a disbursement to a case that no payment of the case records.
/// </summary>
public static class LedgerAudit
{
    /// <summary>Replays stored entries (<see cref="FundLedger.Replay"/>) and checks each against the policy.</summary>
    /// <param name="entries">The entries, oldest first.</param>
    /// <param name="policy">The policy whose budgets the ledger was opened with.</param>
    /// <returns>The ledger, or Invalid at the first entry that breaks a rule, with its path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<FundLedger> Replay(IEnumerable<LedgerEntry> entries, PolicySet policy)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(policy);
        var ledger = FundLedger.Replay(entries);
        if (!ledger.IsSuccess)
        {
            return ledger;
        }

        for (var i = 0; i < ledger.Value.Entries.Length; i++)
        {
            var entry = ledger.Value.Entries[i];
            if (entry.Kind == LedgerEntryKind.Opening && entry.Account.Fund != Fund.Charity && entry.Account.NamedFund is null)
            {
                var budget = policy.ValueAtOrNull(FundParameters.Budget(entry.Account.Fund), new LocalDate(entry.Account.Year, 1, 1));
                if (budget is null || budget.Value.Value != entry.Amount)
                {
                    return Result<FundLedger>.Invalid(Errors.At($"entries[{i}].amount", ErrorCodes.LedgerOpeningBudget,
                        $"ZF-FD-01: the account {entry.Account} opens with the policy's budget for its year, {budget?.Value.ToString() ?? "none"}; the entry states another amount."));
                }
            }

            if (entry is { Kind: LedgerEntryKind.Disbursement, Programme: { } programme } && !Pays(entry.Account.Fund, programme))
            {
                return Result<FundLedger>.Invalid(Errors.At($"entries[{i}].programme", ErrorCodes.FundPurpose,
                    $"ZF-FD-01: the fund {entry.Account.Fund} does not pay {programme}."));
            }
        }

        return ledger;
    }

    /// <summary>Every problem between a ledger and the cases it paid, each with the case's or the entry's path; empty when they agree.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="cases">Every case the ledger paid.</param>
    /// <returns>The problems, in the order found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Ardalis.Result.ValidationError> Reconcile(FundLedger ledger, IEnumerable<AssistanceCase> cases)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(cases);
        var problems = new List<Ardalis.Result.ValidationError>();
        var citedBy = new Dictionary<long, string>();
        foreach (var paid in cases)
        {
            ArgumentNullException.ThrowIfNull(paid, nameof(cases));
            for (var i = 0; i < paid.Events.Length; i++)
            {
                if (paid.Events[i] is not PaymentMade { Payment: var payment })
                {
                    continue;
                }

                var path = $"{paid.CaseId}.events[{i}].payment.ledgerSequence";
                var entry = payment.LedgerSequence >= 1 && payment.LedgerSequence <= ledger.Entries.Length ? ledger.Entries[(int)payment.LedgerSequence - 1] : null;
                if (entry is null || entry.Kind != LedgerEntryKind.Disbursement || entry.CaseId != paid.CaseId || entry.Account != payment.Account || entry.Amount != payment.Amount)
                {
                    problems.Add(Errors.At(path, ErrorCodes.LedgerSequence, "The payment cites no disbursement of this case, account and amount in the ledger."));
                }
                else if (!citedBy.TryAdd(payment.LedgerSequence, path))
                {
                    problems.Add(Errors.At(path, ErrorCodes.LedgerSequence, "The ledger entry this payment cites is already cited by another payment."));
                }
            }
        }

        var paidCases = cases.Select(c => c.CaseId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < ledger.Entries.Length; i++)
        {
            var entry = ledger.Entries[i];
            if (entry is { Kind: LedgerEntryKind.Disbursement, CaseId: { } caseId } && paidCases.Contains(caseId) && !citedBy.ContainsKey(entry.Sequence))
            {
                problems.Add(Errors.At($"entries[{i}]", ErrorCodes.LedgerSequence, "No payment of the case records this disbursement: money left the fund without the case's record."));
            }
        }

        return problems;
    }

    // The pay-first grant of the green channel pays temporary assistance from the emergency fund (TA-03, ZF-TA-01).
    private static bool Pays(Fund fund, Programme programme) =>
        AssistanceCase.FundFor(programme) == fund || (fund == Fund.Emergency && programme == Programme.TemporaryAssistance);
}
