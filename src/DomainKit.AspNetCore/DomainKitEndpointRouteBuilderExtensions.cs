using DomainKit.AspNetCore;
using DomainKit.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the DomainKit HTTP API onto an application's routes.</summary>
public static class DomainKitEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the DomainKit endpoints under a prefix: the one-window assessment and each programme's decision, the policy
    /// sets with their dated parameters, the rule catalogue, reform comparisons, and the case workflow over the registered case store. Needs
    /// <c>services.AddDomainKit(...)</c> (the policy sets) and <c>services.AddDomainKitApi()</c> (the limits).
    /// </summary>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="prefix">The path the endpoints are mapped under, such as <c>/api</c>.</param>
    /// <returns>The route group, to add authorization, rate limiting or other conventions to every endpoint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="prefix"/> is null.</exception>
    public static RouteGroupBuilder MapDomainKit(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var group = endpoints.MapGroup(prefix);
        group.WithTags("DomainKit");
        group.AddEndpointFilter(RepeatedQueryFilter.InvokeAsync);

        group.MapGet("/policies", (HttpContext context, CancellationToken cancellationToken) => PolicyEndpoints.List(context))
            .WithName("listPolicies").WithSummary("The policy sets the service offers.")
            .Produces<PolicyListDocument>(StatusCodes.Status200OK, "application/json");
        group.MapGet("/policies/{id}", (HttpContext context, string id, CancellationToken cancellationToken) => PolicyEndpoints.Show(context, id))
            .WithName("getPolicy").WithSummary("A policy set as a policy file: every parameter with its dated values and provenance.")
            .Produces<PolicySetDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/policies/{id}/parameters", (HttpContext context, string id, CancellationToken cancellationToken) => PolicyEndpoints.Parameters(context, id))
            .WithName("getPolicyParameters").WithSummary("Every parameter of a policy set with the value in effect on a date (?date=yyyy-MM-dd, default today).")
            .Produces<PolicyParametersDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/policies/{id}/parameters/{parameter}", (HttpContext context, string id, string parameter, CancellationToken cancellationToken) => PolicyEndpoints.History(context, id, parameter))
            .WithName("getParameterHistory").WithSummary("One parameter's dated values with their provenance; ?date= marks the one in effect.")
            .Produces<PolicyParametersDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/rules", (HttpContext context, CancellationToken cancellationToken) => RuleEndpoints.List(context))
            .WithName("listRules").WithSummary("The rule catalogue: every rule of the policy specification with its source and status.");
        group.MapPost("/assess", (HttpContext context, CancellationToken cancellationToken) => AssessmentEndpoints.Assess(context))
            .WithName("assess").WithSummary("Decides every programme for a household with its claims (?policy=, ?region=, ?date=).")
            .Accepts<HouseholdClaimsDocument>("application/json")
            .Produces<EntitlementsDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/programmes/{programme}/decide", (HttpContext context, string programme, CancellationToken cancellationToken) => AssessmentEndpoints.DecideProgramme(context, programme))
            .WithName("decideProgramme").WithSummary("Decides one programme (dibao, extremePoverty, margin, medicalAssistance, expenditureHardship, temporaryAssistance, educationAssistance) for a household with its claims.")
            .Accepts<HouseholdClaimsDocument>("application/json")
            .Produces<EntitlementsDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/compare", (HttpContext context, CancellationToken cancellationToken) => CompareEndpoint.Compare(context))
            .WithName("compare").WithSummary("Compares a caseload, posted as JSON lines of households (domainkit/household@2, or domainkit/survey-household@1 with a weight and a region), under the policy in force (?base=) and a reform (?reform= or ?set=ID=VALUE, repeatable) on ?date=, with take-up rates (?takeUp=PROGRAMME=PERCENT, repeatable; 100 % unless given).")
            .Accepts<HouseholdDocument>("application/x-ndjson")
            .Produces<ReformReportDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        MapCases(group);
        return group;
    }

    private static void MapCases(RouteGroupBuilder group)
    {
        group.MapPost("/cases", (HttpContext context, CancellationToken cancellationToken) => CaseEndpoints.Open(context))
            .WithName("openCase").WithSummary("Opens a case: a case-command@1 document whose command is open, with the case's ID, channel and applicant.")
            .Accepts<CaseCommandDocument>("application/json")
            .Produces<CaseUpdateDocument>(StatusCodes.Status201Created, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/cases/{caseId}/commands", (HttpContext context, string caseId, CancellationToken cancellationToken) => CaseEndpoints.Command(context, caseId))
            .WithName("sendCaseCommand").WithSummary("Runs a command on a case with the version the sender saw; 409 with the current version when the case moved on.")
            .Accepts<CaseCommandDocument>("application/json")
            .Produces<CaseUpdateDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/cases/{caseId}/history", (HttpContext context, string caseId, CancellationToken cancellationToken) => CaseEndpoints.History(context, caseId))
            .WithName("getCaseHistory").WithSummary("A case's history with its hash chain (case-history@2); it holds the applicant's personal data.")
            .Produces<CaseHistoryDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/cases/{caseId}/schedule", (HttpContext context, string caseId, CancellationToken cancellationToken) => CaseEndpoints.Schedule(context, caseId))
            .WithName("getCaseSchedule").WithSummary("A case's time limits on ?date=: due days, days left, lateness and who answers for each.")
            .Produces<CaseScheduleDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/cases/{caseId}/accountability", (HttpContext context, string caseId, CancellationToken cancellationToken) => CaseEndpoints.CaseAccountability(context, caseId))
            .WithName("getCaseAccountability").WithSummary("The late steps of one case on ?date=, with the stage and staff member answerable (ZF-ACC-01).")
            .Produces<AccountabilityDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/accountability", (HttpContext context, CancellationToken cancellationToken) => CaseEndpoints.Accountability(context))
            .WithName("getAccountability").WithSummary("The late steps of every stored case on ?date=, the latest first (ZF-ACC-01).")
            .Produces<AccountabilityDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
