using System.Text.Json;
using Ardalis.Result;
using DomainKit.Contracts;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// Writes a cadre's year under the three mechanisms as JSON (contract <c>domainkit/cadre-assessment@1</c>, documented
/// in docs/json-contracts.md), as <c>domainkit assess CADRE --json</c> writes it: the grade's consequences, the
/// step-down review and the promotion bars in force, each with its explanation.
/// </summary>
/// <remarks>Output is deterministic and culture-invariant. This class is thread-safe.</remarks>
public static class CadreAssessmentJson
{
    /// <summary>The contract <see cref="Write"/> writes.</summary>
    public const string Schema = CadreAssessmentDocument.SchemaName;

    /// <summary>Assesses a cadre's year and writes it, with every explanation in a language.</summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="year">The year assessed.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation: the promotion bars in force on it.</param>
    /// <param name="language">The language of every reason.</param>
    /// <returns>The JSON text, ending with a line break; Invalid when the policy lacks a parameter the cadre rules need on the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> or <paramref name="policy"/> is null.</exception>
    public static Result<string> Write(Cadre cadre, int year, PolicySet policy, LocalDate date, Language language)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(policy);
        return CadreTerms.Resolve(policy, date).Map(terms =>
        {
            // A year without a grade has no consequences; the rest of the assessment still stands.
            var consequences = Assessment.Consequences(cadre, year, terms);
            var review = StepDown.Review(cadre, year, terms);
            var bars = Promotion.BarsOn(cadre, date, terms);
            return JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("schema", Schema);
                w.WriteString("date", Dates.Format(date));
                w.WriteString("policy", policy.Id);
                w.WriteNumber("year", year);
                if (consequences.IsSuccess)
                {
                    w.WriteString("grade", EnumTokens<AssessmentGrade>.ToToken(consequences.Value.Grade));
                    JsonOutput.WriteTokens(w, "consequences", consequences.Value.Consequences);
                    JsonOutput.WriteExplanation(w, "consequencesExplanation", consequences.Value.Explanation, language);
                }

                JsonOutput.WriteTokens(w, "stepDownTriggers", review.Findings.Select(f => f.Trigger));
                JsonOutput.WriteTokens(w, "stepDownMethods", review.Methods);
                JsonOutput.WriteExplanation(w, "stepDownExplanation", review.Explanation, language);
                w.WriteStartArray("promotionBars");
                foreach (var bar in bars)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", EnumTokens<PromotionBarKind>.ToToken(bar.Kind));
                    w.WriteString("rule", bar.RuleId);
                    w.WriteString("from", Dates.Format(bar.From));
                    w.WriteString("lastDay", Dates.Format(bar.Until.PlusDays(-1)));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    }
}
