using Ardalis.Result;
using DomainKit.Assistance;

namespace DomainKit.Marten.Tests;

/// <summary>
/// The PostgreSQL store against the in-process one as an oracle: the same commands, in the same order, get the same
/// answers and leave the same histories and the same ledger.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class InMemoryAgreementTest(PostgresCluster cluster)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RandomCommandSequences_GetTheSameAnswers_AndLeaveTheSameStateAsInMemory(int seed)
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        var funds = await kit.OpenFundsAsync();
        var memory = new InMemoryCaseStore(funds);
        string[] cases = ["case-1", "case-2", "case-3"];
        var random = new Random(seed);

        for (var step = 0; step < 120; step++)
        {
            var caseId = cases[random.Next(cases.Length)];
            var kind = random.Next(10);
            var staleness = random.Next(5) == 0 ? -1 : 0;
            var amount = Money.FromYuan(random.Next(1, 1_500));
            var day = 2 + (step / 10);
            var pick = random.Next(9);
            Func<AssistanceCase?, FundLedger, Result<CaseUpdate>> command = (c, ledger) =>
            {
                var by = StoreKit.By("staff-" + kind, StoreKit.March(day, 9 + (step % 10)), (c?.Version ?? 0) + staleness, "step " + step);
                if (c is null)
                {
                    return AssistanceCase.Open(caseId, IntakeChannel.WalkInWindow, StoreKit.Applicant, by with { ExpectedVersion = 0 });
                }

                // Six times in ten the case's next step along the workflow (the first of these it takes), otherwise any command.
                Func<Result<CaseUpdate>>[] steps =
                [
                    () => c.Pay(by, amount, ledger),
                    () => c.Approve(by),
                    () => c.PublishNotice(by, Programme.TemporaryAssistance, Money.FromYuan(3_000m), StoreKit.Policy, WorkingDayCalendar.MondayToFriday),
                    () => c.StartInvestigation(by, ["inv-1", "inv-2"], StoreKit.Policy),
                    () => c.Accept(by, [Need.Temporary], StoreKit.Policy),
                    () => c.RecordVerification(by, VerificationSource.Banks, Money.Zero, Money.FromYuan(1_200m)),
                    () => c.AssignAccountable(by, "staff-" + step),
                    () => c.RecordOutcome(by, CaseOutcome.Improved),
                    () => c.Close(by),
                ];
                if (kind >= 6)
                {
                    return steps[pick]();
                }

                var results = steps.Take(6).Select(run => run()).ToList();
                return results.FirstOrDefault(r => r.IsSuccess) ?? results[0];
            };

            var inMemory = await memory.RunAsync(caseId, command);
            var stored = await kit.Store.RunAsync(caseId, command);
            Assert.True(inMemory.Status == stored.Status, $"step {step} ({kind} on {caseId}): {inMemory.Status} in memory, {stored.Status} stored");
            Assert.Equal(inMemory.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)), stored.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)));
        }

        var reader = kit.NewStore();
        foreach (var caseId in cases)
        {
            var expected = await memory.FindAsync(caseId);
            var actual = await reader.FindAsync(caseId);
            Assert.Equal(expected?.Events.Select(CaseEventJson.Write), actual?.Events.Select(CaseEventJson.Write));
        }

        var expectedLedger = await memory.LedgerAsync();
        var actualLedger = await reader.LedgerAsync();
        Assert.Equal(expectedLedger.Version, actualLedger.Version);
        for (var i = 0; i < expectedLedger.Entries.Length; i++)
        {
            Assert.True(expectedLedger.Entries[i] == actualLedger.Entries[i], $"entry {i + 1}: {expectedLedger.Entries[i]} in memory, {actualLedger.Entries[i]} stored");
        }
        Assert.True(expectedLedger.Version > funds.Version, "no payment went through: the sequence tests too little");
    }
}
