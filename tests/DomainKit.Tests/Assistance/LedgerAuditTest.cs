using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>A stored ledger replayed under its policy and reconciled with its cases refuses what the commands refuse live.</summary>
public sealed class LedgerAuditTest
{
    private static (AssistanceCase Case, FundLedger Ledger) Paid()
    {
        var approved = Then(Noticed(Need.Temporary), c => c.Approve(By("county-1", March(13), c.Version)));
        var update = approved.Pay(By("county-1", March(16), approved.Version), Money.FromYuan(3_000m), Ledger()).Value;
        return (update.Case, update.Ledger!);
    }

    [Fact]
    public void AGenuineLedger_ReplaysUnderItsPolicy_AndAgreesWithItsCase()
    {
        var (paid, ledger) = Paid();
        Assert.True(LedgerAudit.Replay(ledger.Entries, PolicySets.ZhifuPilot).IsSuccess);
        Assert.Empty(LedgerAudit.Reconcile(ledger, [paid]));
    }

    [Fact]
    public void AnOpeningBudgetOtherThanThePolicys_IsRefused()
    {
        var (_, ledger) = Paid();
        var forged = ledger.Entries.Select((e, i) => i == 0 ? e with { Amount = e.Amount + Money.FromYuan(1m) } : e).ToList();
        Assert.True(FundLedger.Replay(forged).IsSuccess);
        Assert.Equal([("entries[0].amount", ErrorCodes.LedgerOpeningBudget)], Codes(LedgerAudit.Replay(forged, PolicySets.ZhifuPilot).ValidationErrors));
    }

    [Fact]
    public void AProgrammePaidFromAFundThatDoesNotPayIt_IsRefused()
    {
        var (_, ledger) = Paid();
        var index = ledger.Entries.ToList().FindIndex(e => e.Kind == LedgerEntryKind.Disbursement);
        var forged = ledger.Entries.Select((e, i) => i == index ? e with { Programme = Programme.EducationAssistance } : e).ToList();
        Assert.True(FundLedger.Replay(forged).IsSuccess);
        Assert.Equal([($"entries[{index}].programme", ErrorCodes.FundPurpose)], Codes(LedgerAudit.Replay(forged, PolicySets.ZhifuPilot).ValidationErrors));
    }

    [Fact]
    public void ADisbursementDuplicated_IsFoundAsMoneyWithoutTheCasesRecord()
    {
        var (paid, ledger) = Paid();
        var disbursement = ledger.Entries.Last(e => e.Kind == LedgerEntryKind.Disbursement);
        var copy = disbursement with { Sequence = ledger.Version + 1, At = disbursement.At.Plus(NodaTime.Duration.FromMinutes(1)) };
        var forged = FundLedger.Replay([.. ledger.Entries, copy]);
        Assert.True(forged.IsSuccess);
        Assert.Equal([($"entries[{ledger.Entries.Length}]", ErrorCodes.LedgerSequence)], Codes(LedgerAudit.Reconcile(forged.Value, [paid])));
    }

    [Fact]
    public void APaymentCitingAnEntryThatDoesNotExist_OrOneCitedTwice_IsFound()
    {
        var (paid, ledger) = Paid();
        var index = paid.Events.ToList().FindIndex(e => e is PaymentMade);
        var payment = (PaymentMade)paid.Events[index];
        var elsewhere = AssistanceCase.Replay([.. paid.Events.Select((e, i) => i == index ? payment with { Payment = payment.Payment with { LedgerSequence = 999 } } : e)]);
        Assert.True(elsewhere.IsSuccess);
        Assert.Contains(($"{paid.CaseId}.events[{index}].payment.ledgerSequence", ErrorCodes.LedgerSequence), Codes(LedgerAudit.Reconcile(ledger, [elsewhere.Value])));

        // Two histories that both cite the one disbursement: the second citation is refused.
        Assert.Equal([($"{paid.CaseId}.events[{index}].payment.ledgerSequence", ErrorCodes.LedgerSequence)], Codes(LedgerAudit.Reconcile(ledger, [paid, paid])));
    }

    private static List<(string, string)> Codes(IEnumerable<Ardalis.Result.ValidationError> errors) => [.. errors.Select(e => (e.Identifier, e.ErrorCode))];
}
