using DomainKit.Explanations;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Cadres;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Reads and writes grade points: <c>{"excellent": 100, "competent": 85, "basicallyCompetent": 60, "incompetent": 0}</c>.</summary>
internal sealed class GradePointsCodec : ValueCodec<GradePoints>
{
    private static readonly string[] Grades = [.. Enum.GetValues<AssessmentGrade>().Select(EnumTokens<AssessmentGrade>.ToToken)];

    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out GradePoints value)
    {
        value = null!;
        var before = reader.Errors.Count;
        if (!reader.ExpectObject(element, path, Grades))
        {
            return false;
        }

        // The object check reports unknown or repeated grades and reads on, so its problems are counted here.
        var points = Grades.Select(grade => reader.Decimal(element, path, grade, true)).ToList();
        return reader.Errors.Count == before && Adopt(GradePoints.Create(points[0]!.Value, points[1]!.Value, points[2]!.Value, points[3]!.Value), reader, path, out value);
    }

    public override void Write(Utf8JsonWriter writer, GradePoints value)
    {
        writer.WriteStartObject();
        foreach (var grade in Enum.GetValues<AssessmentGrade>())
        {
            writer.WriteNumber(EnumTokens<AssessmentGrade>.ToToken(grade), value.For(grade));
        }

        writer.WriteEndObject();
    }

    public override ValidationError? Check(GradePoints value) =>
        Recheck(GradePoints.Create(value.For(AssessmentGrade.Excellent), value.For(AssessmentGrade.Competent), value.For(AssessmentGrade.BasicallyCompetent), value.For(AssessmentGrade.Incompetent)));

    public override string Format(GradePoints value) => value.ToString();

    public override string FormatIn(GradePoints value, Language language) =>
        language == Language.ChineseSimplified
            ? JoinIn(language, Enum.GetValues<AssessmentGrade>().Select(g => Term(language, Explanations.MessageKeys.GradeTerm(g)) + " " + value.For(g).ToString(System.Globalization.CultureInfo.InvariantCulture) + "分"))
            : Format(value);
}
