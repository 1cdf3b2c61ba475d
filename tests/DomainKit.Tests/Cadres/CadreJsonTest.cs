using DomainKit.Cadres;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Cadres;

/// <summary>Reading a cadre's record from JSON: every field, and bad input as paths and codes.</summary>
public class CadreJsonTest
{
    [Fact]
    public void AFullRecord_ReadsIntoTheCadre()
    {
        var cadre = CadreJson.Parse("""
            {
              "schema": "domainkit/cadre@1", "id": "c-1", "principalLeader": true,
              "assessments": [ { "year": 2025, "grade": "competent" } ],
              "keyProjects": [ { "year": 2025, "quarter": 2, "projectId": "bridge", "grade": "excellent" } ],
              "indicators": [ { "year": 2025, "indicatorId": "output", "target": 100, "actual": 97.5 } ],
              "appraisals": [ { "year": 2025, "excellent": 10, "competent": 80, "basicallyCompetent": 5, "incompetent": 5, "cast": 100 } ],
              "unitRatings": [ { "year": 2025, "rating": "good" } ],
              "sanctions": [ { "kind": "warning", "imposedOn": "2025-04-01" } ],
              "toleratedMistakes": [ { "id": "m-1", "decidedOn": "2025-05-01", "outcome": "mitigated" } ],
              "corrections": [ { "mistakeId": "m-1", "orderedOn": "2025-05-01", "deadline": "2025-05-15", "outcome": "corrected", "followedUpOn": "2025-05-16" } ],
              "adjustments": [ { "on": "2020-01-01", "method": "transfer" } ]
            }
            """).Value;
        Assert.True(cadre.PrincipalLeader);
        Assert.Equal(AssessmentGrade.Competent, cadre.GradeIn(2025));
        Assert.Equal(97.5m, Assert.Single(cadre.Indicators).Actual);
        Assert.Equal(new Sanction(SanctionKind.Warning, new LocalDate(2025, 4, 1)), Assert.Single(cadre.Sanctions));
        Assert.Equal(CorrectionOutcome.Corrected, Assert.Single(cadre.Corrections).Outcome);
        Assert.False(Assert.Single(cadre.Adjustments).ForAccountability);
    }

    [Fact]
    public void BadInput_IsInvalidWithPathsAndCodes()
    {
        var result = CadreJson.Parse("""
            { "schema": "domainkit/cadre@1", "id": "c-1", "grades": [],
              "assessments": [ { "year": 2025, "grade": "superb" }, { "year": 1900, "grade": "competent" } ],
              "sanctions": [ { "kind": "warning", "imposedOn": "2025-02-30" } ] }
            """);
        var errors = result.ValidationErrors.ToDictionary(e => e.Identifier, e => e.ErrorCode);
        Assert.Equal(ErrorCodes.JsonUnknownProperty, errors[string.Empty]);
        Assert.Equal(ErrorCodes.UnknownName, errors["assessments[0].grade"]);
        Assert.Equal(ErrorCodes.OutOfRange, errors["assessments[1].year"]);
        Assert.Equal(ErrorCodes.DateInvalid, errors["sanctions[0].imposedOn"]);
        Assert.Equal(ErrorCodes.JsonMalformed, CadreJson.Parse("{").ValidationErrors.Single().ErrorCode);
        Assert.Equal(ErrorCodes.UnsupportedSchema, CadreJson.Parse("""{ "schema": "domainkit/cadre@2", "id": "c" }""").ValidationErrors.Single().ErrorCode);
    }
}
