using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// The district's fund ledger (ZF-FD-01 to ZF-FD-03, ZF-MP-02): budgets opened per fund and year, the charity
/// account and its named funds fed by donations, disbursements that name their case, programme or purpose, fund
/// and approver, and recoveries; append-only and never overdrawn, and a named fund pays only for its purpose.
/// </summary>
/// <remarks>
/// <para>
/// Every command checks the expected version (optimistic concurrency for integrators who store the
/// entries) and the state, and returns a new ledger or the reason it refused; a refused command changes
/// nothing. At every point the ledger balances: opened + donated = balances + disbursed − recovered, and no
/// balance is below zero. <see cref="Replay"/> rebuilds a ledger from stored entries through the same checks.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FundLedger
{
    private readonly ImmutableDictionary<LedgerAccount, Money> balances;
    private readonly ImmutableDictionary<LedgerAccount, Need> purposes;

    private FundLedger(
        ImmutableArray<LedgerEntry> entries,
        ImmutableDictionary<LedgerAccount, Money> balances,
        ImmutableDictionary<LedgerAccount, Need> purposes,
        Money opened,
        Money donated,
        Money disbursed,
        Money recovered)
    {
        Entries = entries;
        this.balances = balances;
        this.purposes = purposes;
        TotalOpened = opened;
        TotalDonated = donated;
        TotalDisbursed = disbursed;
        TotalRecovered = recovered;
    }

    /// <summary>A ledger with no entries.</summary>
    public static FundLedger Empty { get; } = new([], ImmutableDictionary<LedgerAccount, Money>.Empty, ImmutableDictionary<LedgerAccount, Need>.Empty, Money.Zero, Money.Zero, Money.Zero, Money.Zero);

    /// <summary>The entries in order.</summary>
    public ImmutableArray<LedgerEntry> Entries { get; }

    /// <summary>The version: the number of entries. Commands name the version they expect.</summary>
    public long Version => Entries.Length;

    /// <summary>The accounts opened, in the order opened.</summary>
    public IEnumerable<LedgerAccount> Accounts => Entries.Where(e => e.Kind == LedgerEntryKind.Opening).Select(e => e.Account);

    /// <summary>All budgets opened.</summary>
    public Money TotalOpened { get; }

    /// <summary>All donations after an account was opened.</summary>
    public Money TotalDonated { get; }

    /// <summary>All disbursements.</summary>
    public Money TotalDisbursed { get; }

    /// <summary>All recoveries.</summary>
    public Money TotalRecovered { get; }

    /// <summary>The balance of an account; zero for one not opened.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The balance, never negative.</returns>
    public Money Balance(LedgerAccount account) => balances.TryGetValue(account, out var balance) ? balance : Money.Zero;

    /// <summary>The purpose of a named fund (ZF-MP-02), or null for an account that pays any purpose of its fund.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The purpose.</returns>
    public Need? Purpose(LedgerAccount account) => purposes.TryGetValue(account, out var purpose) ? purpose : null;

    /// <summary>Rebuilds a ledger from stored entries, checking each as the commands do.</summary>
    /// <param name="entries">The entries in order, numbered from 1.</param>
    /// <returns>The ledger, or the first entry that breaks a rule, by its position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public static Result<FundLedger> Replay(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ledger = Empty;
        var index = 0;
        foreach (var entry in entries)
        {
            if (entry is null || entry.Sequence != ledger.Version + 1)
            {
                return Result<FundLedger>.Invalid(Errors.At($"entries[{index}].sequence", ErrorCodes.LedgerSequence, $"Entry {index} must be number {ledger.Version + 1}."));
            }

            var next = ledger.Append(entry);
            if (!next.IsSuccess)
            {
                // Every refusal of Append names the entry's field it concerns, so the field goes under the entry's path.
                return Result<FundLedger>.Invalid(next.ValidationErrors.Select(e => Errors.WithPath(e, $"entries[{index}].{e.Identifier}")));
            }

            ledger = next.Value;
            index++;
        }

        return ledger;
    }

    /// <summary>Opens an account with its budget.</summary>
    /// <param name="account">The fund and year.</param>
    /// <param name="budget">The budget.</param>
    /// <param name="staffId">Who opens it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The budget decision.</param>
    /// <param name="expectedVersion">The version the caller last saw.</param>
    /// <returns>The new ledger; Conflict for a stale version; Invalid for bad input or an account already opened.</returns>
    public Result<FundLedger> Open(LedgerAccount account, Money budget, string staffId, Instant at, string reason, long expectedVersion) =>
        Command(expectedVersion, new LedgerEntry { Sequence = Version + 1, Kind = LedgerEntryKind.Opening, Account = account, Amount = budget, StaffId = staffId, At = at, Reason = reason });

    /// <summary>Opens every fund whose budget the policy sets for a year (ZF-FD-01, ZF-FD-02), as of 1 January; earlier years are untouched.</summary>
    /// <param name="year">The budget year.</param>
    /// <param name="policy">The policy set holding the budgets.</param>
    /// <param name="staffId">Who opens the year.</param>
    /// <param name="at">When.</param>
    /// <param name="expectedVersion">The version the caller last saw.</param>
    /// <returns>The new ledger; Conflict for a stale version; Invalid when the policy sets no budget for the year or a fund is already open.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public Result<FundLedger> OpenYear(int year, PolicySet policy, string staffId, Instant at, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (expectedVersion != Version)
        {
            return Stale(expectedVersion);
        }

        if (year is < 2000 or > 2200)
        {
            return Result<FundLedger>.Invalid(Errors.At("year", ErrorCodes.OutOfRange, "The year lies between 2000 and 2200."));
        }

        var ledger = this;
        var opened = 0;
        // The charity account has no budget: it is opened with its first donations (ZF-FD-03).
        foreach (var fund in Enum.GetValues<Fund>().Where(f => f != Fund.Charity))
        {
            if (policy.ValueAtOrNull(FundParameters.Budget(fund), new LocalDate(year, 1, 1)) is not { } budget || budget.Value.Fen == 0)
            {
                continue;
            }

            var next = ledger.Open(new LedgerAccount(fund, year), budget.Value, staffId, at, $"{FundParameters.Budget(fund).Id} ({budget.Provenance.Citation})", ledger.Version);
            if (!next.IsSuccess)
            {
                return next;
            }

            ledger = next.Value;
            opened++;
        }

        return opened > 0
            ? ledger
            : Result<FundLedger>.Invalid(Errors.At("policy", ErrorCodes.ParameterMissing, $"The policy sets no fund budget in effect on {year}-01-01."));
    }

    /// <summary>Pays a case from an account; refused with the balance when the account cannot cover it.</summary>
    /// <param name="account">The fund and year paid from.</param>
    /// <param name="caseId">The case paid.</param>
    /// <param name="programme">The programme paid under.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="approverId">Who approved the payment.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The approval or green-channel decision.</param>
    /// <param name="expectedVersion">The version the caller last saw.</param>
    /// <returns>The new ledger; Conflict for a stale version; Invalid for bad input, an account not opened, or too little money.</returns>
    public Result<FundLedger> Disburse(LedgerAccount account, string caseId, Programme programme, Money amount, string approverId, Instant at, string reason, long expectedVersion) =>
        Command(expectedVersion, new LedgerEntry { Sequence = Version + 1, Kind = LedgerEntryKind.Disbursement, Account = account, CaseId = caseId, Programme = programme, Amount = amount, StaffId = approverId, At = at, Reason = reason });

    /// <summary>Opens a named fund inside the charity account with its donor's first gift and its purpose (ZF-MP-02).</summary>
    /// <param name="account">The charity account of the year, with the named fund's ID.</param>
    /// <param name="gift">The first gift.</param>
    /// <param name="purpose">The only need the fund pays for.</param>
    /// <param name="staffId">Who opens it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The donor's agreement.</param>
    /// <param name="expectedVersion">The version the caller last saw.</param>
    /// <returns>The new ledger; Conflict for a stale version; Invalid for bad input or an account already opened.</returns>
    public Result<FundLedger> OpenNamedFund(LedgerAccount account, Money gift, Need purpose, string staffId, Instant at, string reason, long expectedVersion) =>
        Command(expectedVersion, new LedgerEntry { Sequence = Version + 1, Kind = LedgerEntryKind.Opening, Account = account, Amount = gift, Purpose = purpose, StaffId = staffId, At = at, Reason = reason });

    /// <summary>Adds a donation to the charity account or one of its named funds, once opened (ZF-FD-03, ZF-MP-02).</summary>
    /// <param name="account">The charity account or named fund.</param>
    /// <param name="amount">The donation.</param>
    /// <param name="staffId">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The donation's reference; never the donor's personal data.</param>
    /// <param name="expectedVersion">The version the caller last saw.</param>
    /// <returns>The new ledger; Conflict for a stale version; Invalid for bad input, another fund, or an account not opened.</returns>
    public Result<FundLedger> Donate(LedgerAccount account, Money amount, string staffId, Instant at, string reason, long expectedVersion) =>
        Command(expectedVersion, new LedgerEntry { Sequence = Version + 1, Kind = LedgerEntryKind.Donation, Account = account, Amount = amount, StaffId = staffId, At = at, Reason = reason });

    /// <summary>
    /// Pays a case from the charity account or a named fund for a need (ZF-MP-01, ZF-MP-02): a named fund pays only
    /// for its purpose; refused with the balance when the account cannot cover it.
    /// </summary>
    /// <param name="account">The charity account or named fund.</param>
    /// <param name="caseId">The case paid.</param>
    /// <param name="purpose">The need paid for.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="approverId">Who approved the payment.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The charity project's decision.</param>
    /// <param name="expectedVersion">The version the caller last saw.</param>
    /// <returns>The new ledger; Conflict for a stale version; Invalid for bad input, another purpose, an account not opened, or too little money.</returns>
    public Result<FundLedger> DisburseCharity(LedgerAccount account, string caseId, Need purpose, Money amount, string approverId, Instant at, string reason, long expectedVersion) =>
        Command(expectedVersion, new LedgerEntry { Sequence = Version + 1, Kind = LedgerEntryKind.Disbursement, Account = account, CaseId = caseId, Purpose = purpose, Amount = amount, StaffId = approverId, At = at, Reason = reason });

    /// <summary>Recovers money from a case back into the account it was paid from (FR-01, a rejected green-channel payment).</summary>
    /// <param name="account">The fund and year the case was paid from.</param>
    /// <param name="caseId">The case.</param>
    /// <param name="amount">The amount recovered; at most what the account paid the case, net of earlier recoveries.</param>
    /// <param name="staffId">Who records the recovery.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The finding.</param>
    /// <param name="expectedVersion">The version the caller last saw.</param>
    /// <returns>The new ledger; Conflict for a stale version; Invalid for bad input or more than was paid.</returns>
    public Result<FundLedger> Recover(LedgerAccount account, string caseId, Money amount, string staffId, Instant at, string reason, long expectedVersion) =>
        Command(expectedVersion, new LedgerEntry { Sequence = Version + 1, Kind = LedgerEntryKind.Recovery, Account = account, CaseId = caseId, Amount = amount, StaffId = staffId, At = at, Reason = reason });

    /// <summary>What the account paid a case, net of recoveries.</summary>
    /// <param name="account">The account.</param>
    /// <param name="caseId">The case.</param>
    /// <returns>The net amount.</returns>
    public Money NetPaid(LedgerAccount account, string caseId) => Entries
        .Where(e => e.Account == account && string.Equals(e.CaseId, caseId, StringComparison.Ordinal))
        .Aggregate(Money.Zero, (sum, e) => e.Kind switch
        {
            LedgerEntryKind.Disbursement => sum + e.Amount,
            LedgerEntryKind.Recovery => sum - e.Amount,
            _ => sum,
        });

    private static Result<FundLedger> Stale(long expectedVersion) =>
        Result<FundLedger>.Conflict($"The ledger is at version {expectedVersion}; it has moved on. Reload it and retry.");

    private Result<FundLedger> Command(long expectedVersion, LedgerEntry entry) =>
        expectedVersion == Version ? Append(entry) : Stale(expectedVersion);

    internal Result<FundLedger> Append(LedgerEntry entry)
    {
        var validation = LedgerEntryValidator.Instance.Validate(entry);
        if (!validation.IsValid)
        {
            return Result<FundLedger>.Invalid(Errors.FromFluent(validation));
        }

        if (!Entries.IsEmpty && entry.At < Entries[^1].At)
        {
            return Result<FundLedger>.Invalid(Errors.At("at", ErrorCodes.LedgerTimeOrder, "An entry cannot be dated before the ledger's last entry."));
        }

        var opened = balances.ContainsKey(entry.Account);
        var balance = Balance(entry.Account);
        switch (entry.Kind)
        {
            case LedgerEntryKind.Opening when opened:
                return Result<FundLedger>.Invalid(Errors.At("account", ErrorCodes.FundAlreadyOpened, $"The account {entry.Account} is already open."));
            case LedgerEntryKind.Opening:
                return Appended(entry, entry.Amount, opened: entry.Amount);
            case LedgerEntryKind.Disbursement or LedgerEntryKind.Recovery or LedgerEntryKind.Donation when !opened:
                return Result<FundLedger>.Invalid(Errors.At("account", ErrorCodes.FundNotOpened, $"The account {entry.Account} is not open."));
            case LedgerEntryKind.Donation:
                return Appended(entry, balance + entry.Amount, donated: entry.Amount);
            case LedgerEntryKind.Disbursement when Purpose(entry.Account) is { } purpose && entry.Purpose != purpose:
                return Result<FundLedger>.Invalid(Errors.At("purpose", ErrorCodes.FundPurpose, $"The named fund {entry.Account.NamedFund} pays only for {purpose}."));
            case LedgerEntryKind.Disbursement when entry.Amount > balance:
                return Result<FundLedger>.Invalid(Errors.At("amount", ErrorCodes.FundInsufficient, $"The account {entry.Account} holds {balance}, less than {entry.Amount}."));
            case LedgerEntryKind.Disbursement:
                return Appended(entry, balance - entry.Amount, disbursed: entry.Amount);
            default:
                var netPaid = NetPaid(entry.Account, entry.CaseId!);
                return entry.Amount > netPaid
                    ? Result<FundLedger>.Invalid(Errors.At("amount", ErrorCodes.FundRecoveryExceedsPaid, $"The account paid the case {netPaid} net of recoveries, less than {entry.Amount}."))
                    : Appended(entry, balance + entry.Amount, recovered: entry.Amount);
        }
    }

    private FundLedger Appended(LedgerEntry entry, Money newBalance, Money opened = default, Money donated = default, Money disbursed = default, Money recovered = default) => new(
        Entries.Add(entry),
        balances.SetItem(entry.Account, newBalance),
        entry is { Kind: LedgerEntryKind.Opening, Account.NamedFund: not null, Purpose: { } purpose } ? purposes.SetItem(entry.Account, purpose) : purposes,
        TotalOpened + opened,
        TotalDonated + donated,
        TotalDisbursed + disbursed,
        TotalRecovered + recovered);
}
