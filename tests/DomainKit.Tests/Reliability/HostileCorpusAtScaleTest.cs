using FsCheck;
using FsCheck.Fluent;

namespace DomainKit.Tests.Reliability;

/// <summary>
/// The near-valid corpora of <see cref="HostileContractsTest"/> at a chosen scale, per contract. A normal run tries a
/// few hundred more inputs per contract; the full campaign, 100,000 per contract, is
/// <c>DOMAINKIT_HOSTILE_INPUTS=100000 dotnet test tests/DomainKit.Tests -c Release --filter FullyQualifiedName~HostileCorpusAtScaleTest</c>
/// (docs/reliability.md).
/// </summary>
public sealed class HostileCorpusAtScaleTest
{
    private static readonly HostileContractsTest Contracts = new();

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_HOSTILE_INPUTS"), out var count) && count > 0 ? count : 200;

    [Fact]
    public void Households() => Check(HostileContractsTest.Households(), Contracts.Households_NearValid_AreDecidedOrRefused_NeverThrown);

    [Fact]
    public void PolicySets() => Check(HostileContractsTest.PolicySetsJson(), Contracts.PolicySets_NearValid_AreReadOrRefused_NeverThrown);

    [Fact]
    public void Cadres() => Check(HostileContractsTest.Cadres(), Contracts.Cadres_NearValid_AreAssessedOrRefused_NeverThrown);

    [Fact]
    public void CaseHistories() => Check(HostileContractsTest.CaseHistories(), Contracts.CaseHistories_NearValid_ReplayOrAreRefused_NeverThrown);

    [Fact]
    public void PolicyOverrides() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNegativeInt>(), ArbMap.Default.ArbFor<NonNegativeInt>(), (parameter, value) => Contracts.PolicyOverrides_ById_AreAppliedOrRefused_NeverThrown(parameter, value))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Count).WithQuietOnSuccess(true));

    private static void Check(Arbitrary<string> inputs, Action<string> property) =>
        Prop.ForAll(inputs, property).Check(Config.QuickThrowOnFailure.WithMaxTest(Count).WithQuietOnSuccess(true));
}
