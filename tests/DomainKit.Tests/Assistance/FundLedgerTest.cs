using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>The fund ledger (ZF-FD-01, ZF-FD-02): never overdrawn, append-only, balanced at every point, replayable.</summary>
public class FundLedgerTest
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 2, 9, 0);
    private static readonly LedgerAccount Medical2026 = new(Fund.MedicalAssistance, 2026);

    private static FundLedger OpenedYear() =>
        FundLedger.Empty.OpenYear(2026, PolicySets.ZhifuPilot, "staff-1", Start, 0).Value;

    [Fact]
    public void OpenYear_OpensEveryFundTheZhifuPolicyBudgets()
    {
        var ledger = OpenedYear();
        Assert.Equal(Money.FromYuan(3_000_000m), ledger.Balance(Medical2026));
        Assert.Equal(Money.FromYuan(2_100_000m), ledger.Balance(new LedgerAccount(Fund.EducationAssistance, 2026)));
        Assert.Equal(Money.FromYuan(1_000_000m), ledger.Balance(new LedgerAccount(Fund.Emergency, 2026)));
        Assert.Equal(4, ledger.Version);
        Assert.Contains("ZF-FD-01", ledger.Entries[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenYear_Twice_IsRefused_AndANewYearLeavesTheOldUntouched()
    {
        var ledger = OpenedYear();
        Assert.Equal(ErrorCodes.FundAlreadyOpened, Assert.Single(ledger.OpenYear(2026, PolicySets.ZhifuPilot, "staff-1", Start, ledger.Version).ValidationErrors).ErrorCode);
        var paid = ledger.Disburse(Medical2026, "case-7", Programme.MedicalAssistance, Money.FromYuan(500m), "approver-2", Start, "approved", ledger.Version).Value;
        var next = paid.OpenYear(2027, PolicySets.ZhifuPilot, "staff-1", Start.Plus(Duration.FromDays(365)), paid.Version).Value;
        Assert.Equal(Money.FromYuan(2_999_500m), next.Balance(Medical2026));
        Assert.Equal(Money.FromYuan(3_000_000m), next.Balance(new LedgerAccount(Fund.MedicalAssistance, 2027)));
        Assert.False(FundLedger.Empty.OpenYear(2026, PolicySets.NationalBaseline, "staff-1", Start, 0).IsSuccess);
    }

    [Fact]
    public void Disburse_MoreThanTheBalance_IsRefusedWithTheBalance_AndChangesNothing()
    {
        var ledger = FundLedger.Empty.Open(Medical2026, Money.FromYuan(1_000m), "staff-1", Start, "budget", 0).Value;
        var refused = ledger.Disburse(Medical2026, "case-1", Programme.MedicalAssistance, Money.FromYuan(1_000.01m), "approver", Start, "approved", 1);
        var error = Assert.Single(refused.ValidationErrors);
        Assert.Equal(ErrorCodes.FundInsufficient, error.ErrorCode);
        Assert.Contains("¥1000.00", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(1, ledger.Version);
        var exact = ledger.Disburse(Medical2026, "case-1", Programme.MedicalAssistance, Money.FromYuan(1_000m), "approver", Start, "approved", 1).Value;
        Assert.Equal(Money.Zero, exact.Balance(Medical2026));
    }

    [Fact]
    public void StaleVersion_IsAConflict()
    {
        var ledger = OpenedYear();
        var result = ledger.Disburse(Medical2026, "case-1", Programme.MedicalAssistance, Money.FromYuan(1m), "approver", Start, "approved", ledger.Version - 1);
        Assert.Equal(ResultStatus.Conflict, result.Status);
    }

    [Fact]
    public void Recover_UpToWhatWasPaid_ReturnsTheMoney()
    {
        var ledger = OpenedYear();
        ledger = ledger.Disburse(Medical2026, "case-9", Programme.MedicalAssistance, Money.FromYuan(800m), "approver", Start, "approved", ledger.Version).Value;
        Assert.Equal(ErrorCodes.FundRecoveryExceedsPaid, Assert.Single(ledger.Recover(Medical2026, "case-9", Money.FromYuan(800.01m), "staff", Start, "FR-01", ledger.Version).ValidationErrors).ErrorCode);
        ledger = ledger.Recover(Medical2026, "case-9", Money.FromYuan(800m), "staff", Start, "FR-01 finding", ledger.Version).Value;
        Assert.Equal(Money.FromYuan(3_000_000m), ledger.Balance(Medical2026));
        Assert.Equal(Money.Zero, ledger.NetPaid(Medical2026, "case-9"));
    }

    [Fact]
    public void BadInput_IsInvalidWithPaths()
    {
        var ledger = OpenedYear();
        var result = ledger.Disburse(Medical2026, " ", Programme.MedicalAssistance, Money.FromFen(-5), "", Start, "", ledger.Version);
        var paths = result.ValidationErrors.Select(e => e.Identifier).ToHashSet();
        Assert.Superset(new HashSet<string> { "caseId", "amount", "staffId", "reason" }, paths);
        Assert.Equal(ErrorCodes.FundNotOpened, Assert.Single(ledger.Disburse(new LedgerAccount(Fund.MedicalAssistance, 2030), "c", Programme.MedicalAssistance, Money.FromYuan(1m), "a", Start, "r", ledger.Version).ValidationErrors).ErrorCode);
        Assert.Equal(ErrorCodes.LedgerTimeOrder, Assert.Single(ledger.Disburse(Medical2026, "c", Programme.MedicalAssistance, Money.FromYuan(1m), "a", Start.Minus(Duration.FromHours(1)), "r", ledger.Version).ValidationErrors).ErrorCode);
    }

    public sealed record Command(int Kind, int Account, int Case, int Fen, int VersionSkew);

    public static Arbitrary<Command[]> Commands() => Arb.From(
        Gen.ListOf(
            from kind in Gen.Choose(0, 5)
            from account in Gen.Choose(0, 4)
            from caseNo in Gen.Choose(0, 3)
            from fen in Gen.Frequency((4, Gen.Choose(1, 200_000)), (1, Gen.Choose(-10, 5_000_000)))
            from skew in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(-2, 2)))
            select new Command(kind, account, caseNo, fen, skew),
            60).Select(list => list.ToArray()));

    [Property(MaxTest = 300, Arbitrary = [typeof(FundLedgerTest)])]
    public bool RandomCommands_NeverBreakAnInvariant(Command[] commands)
    {
        LedgerAccount[] accounts =
        [
            new(Fund.MedicalAssistance, 2026), new(Fund.TemporaryAssistance, 2026), new(Fund.Emergency, 2026),
            new(Fund.Charity, 2026), new(Fund.Charity, 2026, "sight-restoration"),
        ];
        var ledger = FundLedger.Empty;
        var at = Start;
        foreach (var command in commands)
        {
            at = at.Plus(Duration.FromMinutes(1));
            var account = accounts[command.Account];
            var version = ledger.Version + command.VersionSkew;
            var amount = Money.FromFen(command.Fen);
            var caseId = $"case-{command.Case}";
            var purpose = command.Case % 2 == 0 ? Need.Medical : Need.Education;
            var result = command.Kind switch
            {
                0 => account.NamedFund is null
                    ? ledger.Open(account, amount, "staff", at, "budget", version)
                    : ledger.OpenNamedFund(account, amount, Need.Medical, "staff", at, "donor agreement", version),
                1 => ledger.Disburse(account, caseId, Programme.TemporaryAssistance, amount, "approver", at, "approved", version),
                2 => ledger.DisburseCharity(account, caseId, purpose, amount, "approver", at, "charity project", version),
                3 => ledger.Recover(account, caseId, amount, "staff", at, "finding", version),
                _ => ledger.Donate(account, amount, "staff", at, "donation", version),
            };
            if (command.VersionSkew != 0 && result.Status != ResultStatus.Conflict)
            {
                return false;
            }

            if (!result.IsSuccess)
            {
                continue;
            }

            if (result.Value.Version != ledger.Version + 1)
            {
                return false;
            }

            ledger = result.Value;
            var sumOfBalances = accounts.Aggregate(Money.Zero, (sum, a) => sum + ledger.Balance(a));
            if (accounts.Any(a => ledger.Balance(a).IsNegative)
                || ledger.TotalOpened + ledger.TotalDonated != sumOfBalances + ledger.TotalDisbursed - ledger.TotalRecovered
                || ledger.Entries.Any(e => e.Kind == LedgerEntryKind.Disbursement && (e.CaseId is null || (e.Programme is null && e.Purpose is null) || e.StaffId.Length == 0))
                || ledger.Entries.Any(e => e is { Kind: LedgerEntryKind.Disbursement, Account.NamedFund: not null } && e.Purpose != Need.Medical)
                || ledger.Entries.Any(e => e.Kind == LedgerEntryKind.Donation && e.Account.Fund != Fund.Charity))
            {
                return false;
            }
        }

        var replayed = FundLedger.Replay(ledger.Entries);
        return replayed.IsSuccess
            && replayed.Value.Version == ledger.Version
            && accounts.All(a => replayed.Value.Balance(a) == ledger.Balance(a));
    }

    [Fact]
    public void Replay_RejectsAGapInTheSequence()
    {
        var ledger = OpenedYear();
        var result = FundLedger.Replay(ledger.Entries.RemoveAt(1));
        Assert.Equal("entries[1].sequence", Assert.Single(result.ValidationErrors).Identifier);
    }

    [Fact]
    [Trait("rule", "ZF-FD-03")]
    [Trait("rule", "ZF-MP-02")]
    public void TheCharityAccount_IsFedByDonations_AndANamedFundPaysOnlyForItsPurpose()
    {
        var charity = new LedgerAccount(Fund.Charity, 2026);
        var sight = new LedgerAccount(Fund.Charity, 2026, "sight-restoration");
        var ledger = FundLedger.Empty
            .Open(charity, Money.FromYuan(1_000_000m), "finance-1", Start, "donations to date", 0).Value
            .OpenNamedFund(sight, Money.FromYuan(50_000m), Need.Medical, "finance-1", Start, "company donor agreement 2026-07", 1).Value
            .Donate(charity, Money.FromYuan(10_000m), "finance-1", Start, "receipt 2026-0001", 2).Value;
        Assert.Equal(Money.FromYuan(1_010_000m), ledger.Balance(charity));
        Assert.Equal(Need.Medical, ledger.Purpose(sight));
        Assert.Null(ledger.Purpose(charity));

        var wrongPurpose = ledger.DisburseCharity(sight, "case-3", Need.Education, Money.FromYuan(100m), "board-1", Start, "tuition", ledger.Version);
        Assert.Equal(ErrorCodes.FundPurpose, Assert.Single(wrongPurpose.ValidationErrors).ErrorCode);
        var paid = ledger.DisburseCharity(sight, "case-3", Need.Medical, Money.FromYuan(6_000m), "board-1", Start, "cataract surgery", ledger.Version).Value;
        Assert.Equal(Money.FromYuan(44_000m), paid.Balance(sight));
        Assert.Equal(ErrorCodes.FundPurpose, Assert.Single(paid.Donate(Medical2026, Money.FromYuan(1m), "finance-1", Start, "gift", paid.Version).ValidationErrors).ErrorCode);
        Assert.Contains(ledger.Disburse(charity, "case-3", Programme.MedicalAssistance, Money.FromYuan(1m), "board-1", Start, "aid", ledger.Version).ValidationErrors, e => e.ErrorCode == ErrorCodes.Required);
        Assert.Contains(ledger.Open(new LedgerAccount(Fund.Emergency, 2026, "named"), Money.FromYuan(1m), "f", Start, "r", ledger.Version).ValidationErrors, e => e.ErrorCode == ErrorCodes.FundPurpose);
        Assert.Equal(ledger.TotalOpened + ledger.TotalDonated, ledger.Balance(charity) + ledger.Balance(sight));
    }
}
