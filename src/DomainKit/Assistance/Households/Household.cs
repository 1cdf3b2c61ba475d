using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// A household (家庭), the unit of social assistance (policy-spec HH-01): its members, their
/// income, and its property. Created only through <see cref="Create"/>, so every instance is valid.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Household
{
    /// <summary>The most members a household may list; 64, so a set of members fits one machine word on the fast paths.</summary>
    public const int MaxMembers = 64;

    /// <summary>The most income items one member may list.</summary>
    public const int MaxIncomesPerMember = 100;

    /// <summary>The largest single amount (income or asset) accepted, in yuan; far above any real household's.</summary>
    public const long MaxAmountYuan = 10_000_000_000;

    // What the rules read of each member depends on its data alone, so it is packed once here; the means test
    // then reads one contiguous array instead of following every member's records.
    private readonly MemberFacts[] facts;

    private Household(ImmutableArray<HouseholdMember> members, HouseholdAssets assets, DibaoHistory? dibaoHistory)
    {
        Members = members;
        Assets = assets;
        DibaoHistory = dibaoHistory;
        facts = new MemberFacts[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            facts[i] = new MemberFacts(members[i]);
        }
    }

    /// <summary>The members, applicant included, in the order given.</summary>
    public ImmutableArray<HouseholdMember> Members { get; }

    /// <summary>The household's property.</summary>
    public HouseholdAssets Assets { get; }

    /// <summary>The household's current dibao, if it receives it (DB-08).</summary>
    public DibaoHistory? DibaoHistory { get; }

    /// <summary>Whether an amount lies between zero and <see cref="MaxAmountYuan"/>, the bound every amount a household or claim declares is held to.</summary>
    internal static bool IsAmount(Money money) => money.Fen >= 0 && money.Fen <= MaxAmountYuan * 100;

    /// <summary>HH-03: the counted income of the member at <paramref name="index"/> over the window, exact.</summary>
    internal long CountedIncomeFen(int index, int windowMonths) => facts[index].CountedIncomeFen(windowMonths);

    /// <summary>What the rules read of each member, in member order.</summary>
    internal ReadOnlySpan<MemberFacts> Facts => facts;

    /// <summary>What the fast path reads of the household.</summary>
    internal HouseholdView View => new(facts, Assets.FinancialAssets.Fen, Assets.HomesOwned, Assets.BusinessEquity.Fen, DibaoHistory);

    /// <summary>Creates a household after validating it.</summary>
    /// <param name="members">The members; exactly one must be the <see cref="Relation.Applicant"/>.</param>
    /// <param name="assets">The household's property; <see cref="HouseholdAssets.None"/> when omitted.</param>
    /// <param name="dibaoHistory">The household's current dibao, if it receives it.</param>
    /// <returns>
    /// The household, or Invalid with one error per problem, each with a field path such as
    /// <c>members[2].incomes[0].amount</c> and a code from <see cref="ErrorCodes"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    public static Result<Household> Create(IEnumerable<HouseholdMember> members, HouseholdAssets? assets = null, DibaoHistory? dibaoHistory = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        return CreateFromArray(members is ImmutableArray<HouseholdMember> array ? array : members.ToImmutableArray(), assets ?? HouseholdAssets.None, dibaoHistory);
    }

    /// <summary>Creates a household from members already in an array, as the readers have them, without copying it when it needs no change.</summary>
    internal static Result<Household> CreateFromArray(ImmutableArray<HouseholdMember> members, HouseholdAssets assets, DibaoHistory? dibaoHistory)
    {
        members = members.IsDefault ? [] : Normalise(members);
        var errors = HouseholdChecks.Check(members, assets, dibaoHistory);
        return errors is null
            ? Result<Household>.Success(new Household(members, assets, dibaoHistory))
            : Result<Household>.Invalid(errors);
    }

    // A default (uninitialised) income array means "no income"; normalising it here keeps every rule's loops simple.
    private static ImmutableArray<HouseholdMember> Normalise(ImmutableArray<HouseholdMember> members)
    {
        foreach (var member in members)
        {
            if (member is { Incomes.IsDefault: true })
            {
                return members.Select(m => m is { Incomes.IsDefault: true } ? m with { Incomes = [] } : m).ToImmutableArray();
            }
        }

        return members;
    }
}
