using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;
using DomainKit.Explanations;
using DomainKit.Policies;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Reliability;

/// <summary>
/// Many threads at once: shared policy sets give the answers one thread gives, and commands racing on shared cases
/// and one fund ledger, many of them with stale versions, lose nothing. Every accepted payment is in its case's
/// history and in the ledger, every refused one is reported, the ledger balances, and the histories replay to the
/// same cases after a JSON round trip.
/// </summary>
public class ConcurrencyTest
{
    public const int Threads = 8;
    public const int Households = 2_000;
    public const int PaymentsPerThread = 150;
    public const int SharedCases = 4;

    private static readonly LocalDate Date = new(2026, 3, 1);

    [Fact]
    public void SharedPolicySets_GiveEveryThreadTheAnswersOfOneThread()
    {
        var population = EnginePopulation.Create(Households).Claims;
        PolicySet[] policies = [PolicySets.ZhifuPilot, EngineRules.Policy()];
        string Answer(int i)
        {
            var policy = policies[i % policies.Length];
            var entitlements = HouseholdAssessment.Decide(population[i], policy, Date).Value;
            var terms = AssistanceTerms.Resolve(policy, Date).Value;
            return string.Join(
                "\n",
                HouseholdAssessment.Assess(population[i], terms).ToString(),
                entitlements.Summary(Language.English),
                entitlements.Dibao.Explanation.Render(Language.ChineseSimplified),
                entitlements.Margin.Explanation.Render(Language.English));
        }

        var alone = Enumerable.Range(0, Households).Select(Answer).ToArray();
        var together = new string[Households];
        Parallel.For(0, Households, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i => together[(Households - 1) - i] = Answer((Households - 1) - i));
        Assert.Equal(alone, together);

        // One set of decisions, their explanations first read by many threads at once: one tree each, the same text.
        var shared = population.Take(200).Select(c => HouseholdAssessment.Decide(c, PolicySets.ZhifuPilot, Date).Value).ToArray();
        var texts = new string[Threads][];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
            texts[t] = shared.Select(e => e.Dibao.Explanation.Render(Language.English) + e.ExtremePoverty.Explanation.Render(Language.ChineseSimplified)).ToArray());
        Assert.All(texts, t => Assert.Equal(texts[0], t));
        Assert.All(shared, e => Assert.Same(e.Dibao.Explanation, e.Dibao.Explanation));
    }

    [Fact]
    public void RacingPayments_OnSharedCasesAndOneLedger_LoseNothing_AndReportEveryRefusal()
    {
        var store = new Store([.. Enumerable.Range(0, SharedCases).Select(i => Approved("case-" + i, Applicant, Policy))], Ledger());
        var budget = store.Current.Ledger.Balance(Account);
        var accepted = new List<(int Case, string Staff)>[Threads];
        var refused = new List<ResultStatus>[Threads];
        var lostRaces = new int[Threads];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            (accepted[thread], refused[thread]) = ([], []);
            for (var attempt = 0; attempt < PaymentsPerThread; attempt++)
            {
                var seen = store.Current;
                var caseNo = (thread + attempt) % SharedCases;
                var target = seen.Cases[caseNo];
                // One command in five acts on a version one behind, as a member of staff with an old screen would.
                var version = attempt % 5 == 0 ? target.Version - 1 : target.Version;
                var staff = $"county-{thread}-{attempt}";
                var paid = target.Pay(By(staff, March(16), version), Money.FromYuan(1m), seen.Ledger);
                if (!paid.IsSuccess)
                {
                    refused[thread].Add(paid.Status);
                    continue;
                }

                var cases = seen.Cases.SetItem(caseNo, paid.Value.Case);
                if (store.TryAppend(seen, new Snapshot(cases, paid.Value.Ledger!)))
                {
                    accepted[thread].Add((caseNo, staff));
                }
                else
                {
                    // The store's own optimistic check, as an event store's append with an expected version: reported, not lost.
                    lostRaces[thread]++;
                }
            }
        });

        var final = store.Current;
        var acceptedAll = accepted.SelectMany(a => a).ToList();
        Assert.Equal(Threads * PaymentsPerThread, acceptedAll.Count + refused.Sum(r => r.Count) + lostRaces.Sum());
        Assert.All(refused.SelectMany(r => r), status => Assert.Equal(ResultStatus.Conflict, status));
        Assert.NotEmpty(refused.SelectMany(r => r));
        Assert.NotEmpty(acceptedAll);

        for (var caseNo = 0; caseNo < SharedCases; caseNo++)
        {
            var @case = final.Cases[caseNo];
            var mine = acceptedAll.Where(a => a.Case == caseNo).Select(a => a.Staff).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(mine.Count, @case.Payments.Length);
            Assert.Equal(mine, @case.Events.OfType<PaymentMade>().Select(e => e.StaffId).Order(StringComparer.Ordinal));
            Assert.Equal(Money.FromYuan(mine.Count), @case.TotalPaid);
            Assert.Equal(@case, AssistanceCase.Replay(@case.Events).Value);
            Assert.Equal(@case, CaseEventJson.ParseHistory(CaseEventJson.WriteHistory(@case.Events)).Value);
            Assert.Equal(@case.TotalPaid, final.Ledger.NetPaid(Account, @case.CaseId));
        }

        Assert.Equal(budget - Money.FromYuan(acceptedAll.Count), final.Ledger.Balance(Account));
        Assert.Equal(Money.FromYuan(acceptedAll.Count), final.Ledger.TotalDisbursed);
        var replayed = FundLedger.Replay(final.Ledger.Entries).Value;
        Assert.All(final.Ledger.Accounts, account => Assert.Equal(final.Ledger.Balance(account), replayed.Balance(account)));
    }

    private static readonly LedgerAccount Account = new(Fund.TemporaryAssistance, 2026);

    private sealed record Snapshot(System.Collections.Immutable.ImmutableArray<AssistanceCase> Cases, FundLedger Ledger);

    /// <summary>The cases and the ledger as one stored state, replaced only from the state a command was decided on.</summary>
    private sealed class Store(System.Collections.Immutable.ImmutableArray<AssistanceCase> cases, FundLedger ledger)
    {
        private Snapshot current = new(cases, ledger);

        public Snapshot Current => Volatile.Read(ref current);

        public bool TryAppend(Snapshot seen, Snapshot next) => ReferenceEquals(Interlocked.CompareExchange(ref current, next, seen), seen);
    }
}
