using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// Reads a cadre's record from JSON (contract <c>domainkit/cadre@1</c>, docs/json-contracts.md) strictly: unknown
/// or repeated properties, wrong types, unknown names and missing fields are Invalid with their paths, and the
/// record is then checked as <see cref="Cadre.Create"/> checks it. Never an exception for bad input.
/// </summary>
public static class CadreJson
{
    private static readonly string[] VoteKeys = ["excellent", "competent", "basicallyCompetent", "incompetent", "cast"];

    /// <summary>The contract's schema.</summary>
    public const string Schema = "domainkit/cadre@1";

    private static readonly string[] Keys =
        ["schema", "id", "principalLeader", "assessments", "keyProjects", "indicators", "appraisals", "unitRatings", "sanctions", "toleratedMistakes", "corrections", "unfitFindings", "adjustments"];

    /// <summary>Reads a cadre.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The cadre, or Invalid with each problem's path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<Cadre> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return StrictJsonReader.Read(StrictJsonReader.ToUtf8(json), Read);
    }

    /// <summary>Reads a cadre from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The cadre, or Invalid with each problem's path and code; bytes that are not UTF-8 are Invalid at their path, never replaced.</returns>
    public static Result<Cadre> Parse(ReadOnlyMemory<byte> utf8Json) => StrictJsonReader.Read(utf8Json, Read);

    private static Result<Cadre> Read(JsonElement root)
    {
        var r = new StrictJsonReader();
        if (!r.ExpectObject(root, string.Empty, Keys))
        {
            return Result<Cadre>.Invalid(r.Errors);
        }

        if (r.String(root, string.Empty, "schema", true) is { } schema && schema != Schema)
        {
            r.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\".");
        }

        var record = new CadreRecord
        {
            Id = r.String(root, string.Empty, "id", true) ?? string.Empty,
            PrincipalLeader = r.Boolean(root, string.Empty, "principalLeader", false) ?? false,
            Assessments = List(r, root, "assessments", (o, p) => Year(r, o, p) is { } y && Name<AssessmentGrade>(r, o, p, "grade") is { } g ? new AnnualAssessment(y, g) : null, "year", "grade"),
            KeyProjects = List(r, root, "keyProjects", (o, p) =>
            {
                var year = Year(r, o, p);
                var quarter = r.Integer(o, p, "quarter", true, 1, 4);
                var project = r.String(o, p, "projectId", true);
                var grade = Name<AssessmentGrade>(r, o, p, "grade");
                return year is { } y && quarter is { } q && project is not null && grade is { } g ? new KeyProjectAssessment(y, q, project, g) : null;
            }, "year", "quarter", "projectId", "grade"),
            Indicators = List(r, root, "indicators", (o, p) =>
            {
                var year = Year(r, o, p);
                var indicator = r.String(o, p, "indicatorId", true);
                var target = r.Decimal(o, p, "target", true);
                var actual = r.Decimal(o, p, "actual", true);
                return year is { } y && indicator is not null && target is { } t && actual is { } a ? new IndicatorResult(y, indicator, t, a) : null;
            }, "year", "indicatorId", "target", "actual"),
            Appraisals = List(r, root, "appraisals", (o, p) =>
            {
                var year = Year(r, o, p);
                var counts = VoteKeys.Select(k => r.Integer(o, p, k, true, -1_000_000, 1_000_000)).ToArray();
                return year is { } y && counts.All(c => c is not null) ? new AppraisalVotes(y, counts[0]!.Value, counts[1]!.Value, counts[2]!.Value, counts[3]!.Value, counts[4]!.Value) : null;
            }, "year", "excellent", "competent", "basicallyCompetent", "incompetent", "cast"),
            UnitRatings = List(r, root, "unitRatings", (o, p) => Year(r, o, p) is { } y && Name<UnitRating>(r, o, p, "rating") is { } rating ? new UnitRatingRecord(y, rating) : null, "year", "rating"),
            Sanctions = List(r, root, "sanctions", (o, p) =>
            {
                var kind = Name<SanctionKind>(r, o, p, "kind");
                var on = r.Date(o, p, "imposedOn", true);
                return kind is { } k && on is { } d ? new Sanction(k, d) : null;
            }, "kind", "imposedOn"),
            ToleratedMistakes = List(r, root, "toleratedMistakes", (o, p) =>
            {
                var id = r.String(o, p, "id", true);
                var on = r.Date(o, p, "decidedOn", true);
                var outcome = Name<ToleranceOutcome>(r, o, p, "outcome");
                return id is not null && on is { } d && outcome is { } t ? new ToleratedMistake(id, d, t) : null;
            }, "id", "decidedOn", "outcome"),
            Corrections = List(r, root, "corrections", (o, p) =>
            {
                var mistake = r.String(o, p, "mistakeId", true);
                var ordered = r.Date(o, p, "orderedOn", true);
                var deadline = r.Date(o, p, "deadline", true);
                var outcome = r.Name(o, p, "outcome", false, EnumTokens<CorrectionOutcome>.ByToken);
                var followed = r.Date(o, p, "followedUpOn", false);
                return mistake is not null && ordered is { } from && deadline is { } due ? new CorrectionOrder(mistake, from, due, outcome, followed) : null;
            }, "mistakeId", "orderedOn", "deadline", "outcome", "followedUpOn"),
            UnfitFindings = List(r, root, "unfitFindings", (o, p) =>
            {
                var id = r.String(o, p, "id", true);
                var situation = Name<UnfitSituation>(r, o, p, "situation");
                var found = r.Date(o, p, "foundOn", true);
                var source = Name<EvidenceSource>(r, o, p, "source");
                var remedy = r.Name(o, p, "remedy", false, EnumTokens<UnfitRemedy>.ByToken);
                var remedied = r.Date(o, p, "remediedOn", false);
                var outcome = r.Name(o, p, "outcome", false, EnumTokens<CorrectionOutcome>.ByToken);
                var followed = r.Date(o, p, "followedUpOn", false);
                return id is not null && situation is { } s && found is { } f && source is { } e
                    ? new UnfitFinding(id, s, f, e) { Remedy = remedy, RemediedOn = remedied, Outcome = outcome, FollowedUpOn = followed }
                    : null;
            }, "id", "situation", "foundOn", "source", "remedy", "remediedOn", "outcome", "followedUpOn"),
            Adjustments = List(r, root, "adjustments", (o, p) =>
            {
                var on = r.Date(o, p, "on", true);
                var method = Name<AdjustmentMethod>(r, o, p, "method");
                var accountability = r.Boolean(o, p, "forAccountability", false) ?? false;
                return on is { } d && method is { } m ? new Adjustment(d, m, accountability) : null;
            }, "on", "method", "forAccountability"),
        };
        return r.HasErrors ? Result<Cadre>.Invalid(r.Errors) : Cadre.Create(record);
    }

    private static ImmutableArray<T> List<T>(StrictJsonReader r, JsonElement root, string name, Func<JsonElement, string, T?> read, params string[] keys)
        where T : class =>
        [.. r.Array(root, string.Empty, name, false, Cadre.MaxEntries)
            .Where(item => r.ExpectObject(item.Item, item.Path, keys))
            .Select(item => read(item.Item, item.Path))
            .OfType<T>()];

    private static int? Year(StrictJsonReader r, JsonElement o, string p) => r.Integer(o, p, "year", true, Cadre.EarliestYear, Cadre.LatestYear);

    private static T? Name<T>(StrictJsonReader r, JsonElement o, string p, string name)
        where T : struct, Enum =>
        r.Name(o, p, name, true, EnumTokens<T>.ByToken);
}
