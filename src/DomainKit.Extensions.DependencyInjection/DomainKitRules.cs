using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using Microsoft.Extensions.Options;
using NodaTime;

namespace DomainKit.Extensions.DependencyInjection;

/// <summary>
/// The rules as an injectable service: each call takes its policy set from the <see cref="PolicyRegistry"/> and,
/// when it gives no date, today's date in the configured time zone from the registered <see cref="IClock"/>.
/// </summary>
/// <remarks>
/// The rules themselves stay pure static functions of a policy set and a date; this service only supplies those two,
/// so a test can register a fixed clock and get the same answers every day. Thread-safe; registered as a singleton.
/// </remarks>
public sealed class DomainKitRules
{
    private readonly IClock clock;
    private readonly DateTimeZone zone;

    /// <summary>Creates the service.</summary>
    /// <param name="policies">The policy sets.</param>
    /// <param name="clock">The clock that says what day it is.</param>
    /// <param name="options">The options; their time zone must be a known IANA zone.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OptionsValidationException">The time zone is not a known IANA zone.</exception>
    /// <remarks>
    /// The options come from the monitor, whose instance is the one the start-up check validated; a second instance
    /// would be validated again, and its policy files read again.
    /// </remarks>
    public DomainKitRules(PolicyRegistry policies, IClock clock, IOptionsMonitor<DomainKitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        Policies = policies;
        this.clock = clock;
        var timeZone = options.CurrentValue.TimeZone;
        zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone)
            ?? throw new OptionsValidationException(Options.DefaultName, typeof(DomainKitOptions), [DomainKitOptionsValidator.UnknownZone(timeZone)]);
    }

    /// <summary>The policy sets the service decides under.</summary>
    public PolicyRegistry Policies { get; }

    /// <summary>Today's date in the configured time zone.</summary>
    public LocalDate Today => clock.GetCurrentInstant().InZone(zone).Date;

    /// <summary>Applies a rule under a policy set on a date.</summary>
    /// <typeparam name="T">What the rule gives.</typeparam>
    /// <param name="rule">The rule, such as <c>(policy, date) =&gt; Margin.Decide(household, policy, date)</c>.</param>
    /// <param name="date">The date of evaluation; <see cref="Today"/> when null.</param>
    /// <param name="policyId">The policy set's ID; the default set when null.</param>
    /// <returns>The rule's result, or Invalid with code <c>policy.unknown</c> when no set has the ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public Result<T> Evaluate<T>(Func<PolicySet, LocalDate, Result<T>> rule, LocalDate? date = null, string? policyId = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var policy = Policies.Find(policyId);
        return policy.IsSuccess ? rule(policy.Value, date ?? Today) : Result<T>.Invalid(policy.ValidationErrors);
    }

    /// <summary>Decides every programme for a household at one window (<see cref="HouseholdAssessment.Decide(HouseholdClaims, PolicySet, LocalDate)"/>).</summary>
    /// <param name="claims">The household with its bills, expenditure claim and temporary-assistance request.</param>
    /// <param name="date">The date of evaluation; <see cref="Today"/> when null.</param>
    /// <param name="policyId">The policy set's ID; the default set when null.</param>
    /// <returns>The household's entitlements with their explanations, or Invalid naming each problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public Result<HouseholdEntitlements> Assess(HouseholdClaims claims, LocalDate? date = null, string? policyId = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Evaluate((policy, on) => HouseholdAssessment.Decide(claims, policy, on), date, policyId);
    }

    /// <summary>Decides dibao for a household (<see cref="Dibao.Decide(Household, PolicySet, LocalDate)"/>).</summary>
    /// <param name="household">The household.</param>
    /// <param name="date">The date of evaluation; <see cref="Today"/> when null.</param>
    /// <param name="policyId">The policy set's ID; the default set when null.</param>
    /// <returns>The explained decision, or Invalid naming each problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    public Result<DibaoDecision> DecideDibao(Household household, LocalDate? date = null, string? policyId = null)
    {
        ArgumentNullException.ThrowIfNull(household);
        return Evaluate((policy, on) => Dibao.Decide(household, policy, on), date, policyId);
    }
}
