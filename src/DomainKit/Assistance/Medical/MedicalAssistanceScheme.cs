using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// A group's medical assistance as an ordered chain of stages (MA-06): each stage pays on what is
/// still unpaid after insurance and the stages before it.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; they are policy parameter values.</remarks>
public sealed class MedicalAssistanceScheme : IEquatable<MedicalAssistanceScheme>
{
    /// <summary>The most stages a scheme may have.</summary>
    public const int MaxStages = 8;

    /// <summary>The most ratio bands a stage may have.</summary>
    public const int MaxBands = 16;

    /// <summary>No cap, deductible or band edge comes near a billion yuan; the bound keeps all arithmetic far from overflow.</summary>
    private static readonly Money MaxAmount = Money.FromYuan(1_000_000_000m);

    private MedicalAssistanceScheme(ImmutableArray<MedicalStage> stages) => Stages = stages;

    /// <summary>The stages in the order they pay.</summary>
    public ImmutableArray<MedicalStage> Stages { get; }

    /// <summary>A scheme of one stage with one ratio.</summary>
    /// <param name="deductible">The deductible.</param>
    /// <param name="ratio">The ratio.</param>
    /// <param name="annualCap">The annual cap.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentException">The values break a scheme's rules (see <see cref="Create"/>).</exception>
    public static MedicalAssistanceScheme SingleStage(Deductible deductible, Rate ratio, Money annualCap)
    {
        var scheme = Create([MedicalStage.Flat("basic", deductible, ratio, annualCap)]);
        return scheme.IsSuccess ? scheme.Value : throw new ArgumentException(scheme.ValidationErrors.First().ErrorMessage);
    }

    /// <summary>
    /// Creates a scheme, checking that it has 1 to <see cref="MaxStages"/> stages, each with a non-blank
    /// name, a non-negative cap and deductible, 1 to <see cref="MaxBands"/> bands whose ratios are at
    /// most 100% and whose upper edges strictly increase, the last band open.
    /// </summary>
    /// <param name="stages">The stages in the order they pay.</param>
    /// <returns>The scheme, or Invalid with a path such as <c>stages[1].bands[0].ratio</c> for each problem.</returns>
    public static Result<MedicalAssistanceScheme> Create(IEnumerable<MedicalStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var array = stages.ToImmutableArray();
        var errors = Check(array);
        return errors.Count == 0 ? new MedicalAssistanceScheme(array) : Result<MedicalAssistanceScheme>.Invalid(errors);
    }

    /// <inheritdoc />
    public bool Equals(MedicalAssistanceScheme? other) => other is not null && Stages.SequenceEqual(other.Stages);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MedicalAssistanceScheme);

    /// <inheritdoc />
    public override int GetHashCode() => Stages.Aggregate(Stages.Length, (hash, stage) => HashCode.Combine(hash, stage));

    /// <inheritdoc />
    public override string ToString() => string.Join("; then ", Stages);

    private static List<ValidationError> Check(ImmutableArray<MedicalStage> stages)
    {
        var errors = new List<ValidationError>();
        if (stages.IsEmpty || stages.Length > MaxStages)
        {
            errors.Add(Errors.At("stages", ErrorCodes.OutOfRange, $"A scheme has 1 to {MaxStages} stages."));
            return errors;
        }

        for (var s = 0; s < stages.Length; s++)
        {
            var stage = stages[s];
            var path = $"stages[{s}]";
            if (stage is null)
            {
                errors.Add(Errors.At(path, ErrorCodes.Required, "A stage is required."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(stage.Name) || stage.Name.Length > 64)
            {
                errors.Add(Errors.At(path + ".name", ErrorCodes.Required, "A stage needs a name of 1 to 64 characters."));
            }

            if (stage.AnnualCap.IsNegative || stage.AnnualCap > MaxAmount)
            {
                errors.Add(Errors.At(path + ".annualCap", ErrorCodes.OutOfRange, "The annual cap lies between 0 and 1,000,000,000 yuan."));
            }

            if (stage.Deductible.Amount > MaxAmount)
            {
                errors.Add(Errors.At(path + ".deductible.amount", ErrorCodes.OutOfRange, "The deductible lies between 0 and 1,000,000,000 yuan."));
            }

            if (stage.Deductible.Kind == DeductibleKind.ShareOfDisposableIncome && stage.Deductible.Share > Rate.FromFraction(1m))
            {
                errors.Add(Errors.At(path + ".deductible.share", ErrorCodes.OutOfRange, "The share lies between 0 and 1."));
            }

            if (stage.Bands.IsEmpty || stage.Bands.Length > MaxBands)
            {
                errors.Add(Errors.At(path + ".bands", ErrorCodes.OutOfRange, $"A stage has 1 to {MaxBands} bands."));
                continue;
            }

            long previous = 0;
            for (var b = 0; b < stage.Bands.Length; b++)
            {
                var band = stage.Bands[b];
                var bandPath = $"{path}.bands[{b}]";
                if (band is null)
                {
                    errors.Add(Errors.At(bandPath, ErrorCodes.Required, "A band is required."));
                    continue;
                }

                if (band.Ratio > Rate.FromFraction(1m))
                {
                    errors.Add(Errors.At(bandPath + ".ratio", ErrorCodes.OutOfRange, "A ratio lies between 0 and 1."));
                }

                var last = b == stage.Bands.Length - 1;
                if (last != band.UpTo is null)
                {
                    errors.Add(Errors.At(bandPath + ".upTo", ErrorCodes.OutOfRange, "Every band but the last has an upper edge; the last has none."));
                }
                else if (band.UpTo is { } edge)
                {
                    if (edge.Fen <= previous || edge > MaxAmount)
                    {
                        errors.Add(Errors.At(bandPath + ".upTo", ErrorCodes.TimelineUnsorted, "Band edges must be positive, at most 1,000,000,000 yuan, and strictly increase."));
                    }

                    previous = edge.Fen;
                }
            }
        }

        return errors;
    }
}
