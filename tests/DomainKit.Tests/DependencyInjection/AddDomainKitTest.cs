using DomainKit.Assistance;
using DomainKit.Extensions.DependencyInjection;
using DomainKit.Policies;
using DomainKit.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace DomainKit.Tests.DependencyInjection;

public sealed class AddDomainKitTest : IDisposable
{
    // 17:00 UTC on 28 February is 01:00 on 1 March in Shanghai.
    private static readonly Instant Now = Instant.FromUtc(2026, 2, 28, 17, 0);
    private static readonly LocalDate ShanghaiToday = new(2026, 3, 1);

    private readonly string directory = Directory.CreateTempSubdirectory("domainkit-di-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Household Family() => Household.Create(
    [
        new HouseholdMember { Relation = Relation.Applicant, BirthDate = new LocalDate(1978, 4, 12), Incomes = [new Income(IncomeKind.Wages, Money.FromYuan(18_000m))] },
        new HouseholdMember { Relation = Relation.Spouse, BirthDate = new LocalDate(1980, 9, 30) },
        new HouseholdMember { Relation = Relation.Child, BirthDate = new LocalDate(2014, 6, 1) },
    ]).Value;

    private static Microsoft.Extensions.DependencyInjection.ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FixedClock(Now));
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private string PolicyFile(PolicySet policy, string name)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, PolicySetJson.Write(policy));
        return path;
    }

    private static PolicySet Renamed(string id) =>
        PolicySet.Create(id, "City 2026", "1", "A city's own values.", PolicySets.ZhifuPilot.Timelines).Value
            .With(DibaoParameters.StandardMonthly, Money.FromYuan(1_000m), new LocalDate(2026, 1, 1));

    [Fact]
    public void ByDefault_TheBundledSetsAreRegistered_ZhifuPilotDecides_AndTodayIsShanghaisDate()
    {
        using var provider = Build(services => services.AddDomainKit());
        provider.GetRequiredService<IStartupValidator>().Validate();
        var rules = provider.GetRequiredService<DomainKitRules>();
        Assert.Equal(PolicySets.BundledIds.Order(StringComparer.Ordinal), rules.Policies.Ids);
        Assert.Same(PolicySets.ZhifuPilot, rules.Policies.Default);
        Assert.Equal(ShanghaiToday, rules.Today);
        Assert.Same(rules, provider.GetRequiredService<DomainKitRules>());

        var decision = rules.DecideDibao(Family()).Value;
        var direct = Dibao.Decide(Family(), PolicySets.ZhifuPilot, ShanghaiToday).Value;
        Assert.Equal(ShanghaiToday, decision.Date);
        Assert.Equal(direct.MonthlyBenefit, decision.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(1_350m), decision.MonthlyBenefit);
    }

    [Fact]
    public void APolicyFileNamedInConfiguration_IsLoaded_AndCanBeTheDefault()
    {
        var file = PolicyFile(Renamed("city-2026"), "city.json");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DomainKit:DefaultPolicy"] = "city-2026",
            ["DomainKit:PolicyFiles:0"] = file,
            ["DomainKit:TimeZone"] = "Europe/Berlin",
        }).Build();
        using var provider = Build(services => services.AddDomainKit(configuration.GetSection(DomainKitOptions.SectionName)));
        provider.GetRequiredService<IStartupValidator>().Validate();
        var rules = provider.GetRequiredService<DomainKitRules>();

        Assert.Equal("city-2026", rules.Policies.Default.Id);
        Assert.Contains("city-2026", rules.Policies.Ids);
        Assert.Equal(new LocalDate(2026, 2, 28), rules.Today);
        var date = new LocalDate(2026, 3, 1);
        Assert.Equal(Money.FromYuan(1_500m), rules.DecideDibao(Family(), date).Value.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(1_350m), rules.DecideDibao(Family(), date, PolicySets.ZhifuPilotId).Value.MonthlyBenefit);
        Assert.Equal(
            rules.Evaluate((policy, on) => Margin.Decide(Family(), policy, on), date).Value.Assessment,
            Margin.Decide(Family(), rules.Policies.Find("city-2026").Value, date).Value.Assessment);
    }

    [Fact]
    public void PolicyFiles_AreReadOnce_WhenTheHostStarts()
    {
        // Removed after the start-up check: the registry served afterwards is the one the check loaded.
        var file = PolicyFile(Renamed("city-2026"), "city.json");
        using var provider = Build(services => services.AddDomainKit(options =>
        {
            options.PolicyFiles.Add(file);
            options.DefaultPolicy = "city-2026";
        }));
        provider.GetRequiredService<IStartupValidator>().Validate();
        File.Delete(file);
        Assert.Equal("city-2026", provider.GetRequiredService<DomainKitRules>().Policies.Default.Id);
    }

    [Fact]
    public void AssessAtOneWindow_IsHouseholdAssessmentUnderTheDefaultSet()
    {
        using var provider = Build(services => services.AddDomainKit(options => options.DefaultPolicy = PolicySets.NationalBaselineId));
        var rules = provider.GetRequiredService<DomainKitRules>();
        var claims = HouseholdClaims.Create(Family(), []).Value;
        var viaService = rules.Assess(claims).Value;
        var direct = HouseholdAssessment.Decide(claims, PolicySets.NationalBaseline, ShanghaiToday).Value;
        Assert.Equal(direct.Assessment, viaService.Assessment);
        Assert.Equal(PolicySets.NationalBaselineId, viaService.PolicyId);
        Assert.Equal(ShanghaiToday, viaService.Date);
    }

    [Fact]
    public void AnUnknownPolicyId_IsInvalid_NotAnException()
    {
        using var provider = Build(services => services.AddDomainKit());
        var rules = provider.GetRequiredService<DomainKitRules>();
        var result = rules.DecideDibao(Family(), policyId: "nowhere");
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(("policy", ErrorCodes.PolicyUnknown), (error.Identifier, error.ErrorCode));
    }

    [Fact]
    public void ABadConfiguration_StopsTheStart_NamingEveryProblem()
    {
        var broken = Path.Combine(directory, "broken.json");
        File.WriteAllText(broken, """{ "schema": "domainkit/policy-set@1", "id": "x", "name": "x", "version": "1", "parameters": { "nope": {} } }""");
        var duplicate = PolicyFile(Renamed(PolicySets.ZhifuPilotId), "duplicate.json");
        using var provider = Build(services => services.AddDomainKit(options =>
        {
            options.PolicyFiles.Add(Path.Combine(directory, "missing.json"));
            options.PolicyFiles.Add(broken);
            options.PolicyFiles.Add(duplicate);
            options.TimeZone = "Mars/Olympus";
        }));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(failure.Failures, f => f.StartsWith("timeZone:", StringComparison.Ordinal) && !f.Contains("Mars", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("policyFiles[0]:", StringComparison.Ordinal) && f.EndsWith($"({ErrorCodes.PolicyUnknown})", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("policyFiles[1].parameters:", StringComparison.Ordinal) && f.EndsWith($"({ErrorCodes.ParameterUnknown})", StringComparison.Ordinal));
        // A file that takes a bundled set's ID without being that set is refused as it is read.
        Assert.Contains(failure.Failures, f => f.StartsWith("policyFiles[2].id:", StringComparison.Ordinal) && f.EndsWith($"({ErrorCodes.PolicyIdReserved})", StringComparison.Ordinal));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<PolicyRegistry>());
    }

    [Fact]
    public void AnUnknownDefault_IsReportedAtDefaultPolicy()
    {
        var result = PolicyRegistry.Load(new DomainKitOptions { DefaultPolicy = "city-2099" });
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(("defaultPolicy", ErrorCodes.PolicyUnknown), (error.Identifier, error.ErrorCode));
    }

    [Fact]
    public void AClockAlreadyRegistered_IsKept()
    {
        var services = new ServiceCollection();
        var clock = new FixedClock(Now);
        services.AddSingleton<IClock>(clock);
        services.AddDomainKit();
        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void ALayerFile_AndARegionRegistry_ResolveAsTheToolDoes()
    {
        var city = Path.Combine(directory, "city.json");
        File.WriteAllText(city, """
            { "schema": "domainkit/policy-set@1", "id": "city-2026", "name": "City 2026", "version": "1", "basedOn": "zhifu-pilot",
              "parameters": { "dibaoStandardMonthly": { "add": [ { "from": "2026-07-01", "value": 1000.00, "source": "primary", "citation": "City notice" } ] } } }
            """);
        var regions = Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "regions", "registry.json");
        using var provider = Build(services => services.AddDomainKit(options =>
        {
            options.PolicyFiles.Add(city);
            options.RegionRegistry = regions;
        }));
        var policies = provider.GetRequiredService<PolicyRegistry>();

        var layered = policies.Find("city-2026").Value;
        Assert.Equal(Money.FromYuan(1_000m), layered.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 7, 1)).Value.Value);
        Assert.Equal(Money.FromYuan(950m), layered.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 6, 30)).Value.Value);
        Assert.Equal("example-zhifu", policies.FindByRegion("370602").Value.Id);
        Assert.Equal("example-yantai", policies.FindByRegion("370612").Value.Id);
        Assert.Equal(ErrorCodes.RegionUnknown, Assert.Single(policies.FindByRegion("440300").ValidationErrors).ErrorCode);
        Assert.Equal(ErrorCodes.RegionCodeInvalid, Assert.Single(policies.FindByRegion("nope").ValidationErrors).ErrorCode);
    }

    [Fact]
    public void WithoutARegistry_ARegionIsUnknown()
    {
        using var provider = Build(services => services.AddDomainKit(_ => { }));
        var error = Assert.Single(provider.GetRequiredService<PolicyRegistry>().FindByRegion("370602").ValidationErrors);
        Assert.Equal(("region", ErrorCodes.RegionUnknown), (error.Identifier, error.ErrorCode));
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
