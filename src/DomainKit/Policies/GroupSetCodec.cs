using System.Text.Json;
using DomainKit.Assistance;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Sets of medical groups in policy files: an array of names, such as <c>["dibao", "margin"]</c>.</summary>
internal sealed class GroupSetCodec : ValueCodec<MedicalGroupSet>
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out MedicalGroupSet value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Array)
        {
            reader.Fail(path, ErrorCodes.JsonWrongType, "Expected an array of group names.");
            return false;
        }

        var groups = new List<MedicalGroup>();
        var ok = true;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.String || !EnumTokens<MedicalGroup>.ByToken.TryGetValue(item.GetString()!, out var group))
            {
                reader.Fail(itemPath, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<MedicalGroup>.ByToken.Keys)}.");
                ok = false;
                continue;
            }

            groups.Add(group);
        }

        if (ok)
        {
            value = MedicalGroupSet.Of([.. groups]);
        }

        return ok;
    }

    public override void Write(Utf8JsonWriter writer, MedicalGroupSet value)
    {
        writer.WriteStartArray();
        foreach (var group in value.Groups)
        {
            writer.WriteStringValue(EnumTokens<MedicalGroup>.ToToken(group));
        }

        writer.WriteEndArray();
    }

    public override bool Check(MedicalGroupSet value, out string errorCode, out string errorMessage)
    {
        errorCode = string.Empty;
        errorMessage = string.Empty;
        return true;
    }

    public override string Format(MedicalGroupSet value) => string.Join(", ", value.Groups.Select(EnumTokens<MedicalGroup>.ToToken));
}
