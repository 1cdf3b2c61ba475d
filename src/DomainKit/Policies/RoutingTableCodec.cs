using DomainKit.Explanations;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Reads and writes a routing table as a JSON object from need to department: <c>{"medical": "health"}</c>.</summary>
internal sealed class RoutingTableCodec : ValueCodec<RoutingTable>
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out RoutingTable value)
    {
        value = null!;
        var before = reader.Errors.Count;
        if (!reader.ExpectMap(element, path))
        {
            return false;
        }

        var routes = new List<KeyValuePair<Need, Department>>();
        foreach (var property in element.EnumerateObject())
        {
            var needPath = StrictJsonReader.Child(path, property.Name);
            if (!EnumTokens<Need>.ByToken.TryGetValue(property.Name, out var need))
            {
                reader.Fail(needPath, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<Need>.ByToken.Keys)}.");
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String || !EnumTokens<Department>.ByToken.TryGetValue(property.Value.GetString()!, out var department))
            {
                reader.Fail(needPath, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<Department>.ByToken.Keys)}.");
                continue;
            }

            routes.Add(KeyValuePair.Create(need, department));
        }

        return reader.Errors.Count == before && Adopt(RoutingTable.Create(routes), reader, path, out value);
    }

    public override void Write(Utf8JsonWriter writer, RoutingTable value)
    {
        writer.WriteStartObject();
        foreach (var (need, department) in value.Routes)
        {
            writer.WriteString(EnumTokens<Need>.ToToken(need), EnumTokens<Department>.ToToken(department));
        }

        writer.WriteEndObject();
    }

    public override ValidationError? Check(RoutingTable value) =>
        Recheck(RoutingTable.Create(value.Routes));

    public override string Format(RoutingTable value) => value.ToString();

    public override string FormatIn(RoutingTable value, Language language) =>
        language == Language.ChineseSimplified
            ? string.Join("；", value.Routes.Select(r => Term(language, Explanations.MessageKeys.CaseNeedTerm(r.Key)) + "：" + Term(language, Explanations.MessageKeys.DepartmentTerm(r.Value))))
            : Format(value);
}
