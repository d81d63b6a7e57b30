using System.Globalization;
using System.Text.Json;

namespace Briefing.TestKit.Schema;

/// <summary>
/// A small JSON Schema (2020-12) validator for the keywords the repository's schemas use: type, const, enum,
/// properties, required, additionalProperties (false or a schema), items, minItems, minLength, minimum, oneOf,
/// format date-time, and $ref to "#/$defs/...". Any other keyword is an error, so a schema cannot silently rely on a
/// keyword this validator would ignore. No JSON Schema package restores here.
/// </summary>
public sealed class JsonSchemaCheck
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum", "properties", "required",
        "additionalProperties", "items", "minItems", "minLength", "minimum", "oneOf", "format",
    ];

    private readonly JsonElement _root;

    public JsonSchemaCheck(JsonElement schema)
    {
        _root = schema.Clone();
        CheckKeywords(_root, "#");
    }

    public static JsonSchemaCheck Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return new JsonSchemaCheck(doc.RootElement);
    }

    /// <summary>Every way the instance breaks the schema, each with its JSON path; empty when it is valid.</summary>
    public IReadOnlyList<string> Errors(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference)) Validate(Resolve(reference.GetString()!), value, path, errors);
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value)) errors.Add($"{path}: expected {type.GetRawText()}, got {value.ValueKind}");
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value)) errors.Add($"{path}: expected {constant.GetRawText()}");
        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value))) errors.Add($"{path}: {value.GetRawText()} not in {choices.GetRawText()}");
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matching = oneOf.EnumerateArray().Count(s => Valid(s, value, path));
            if (matching != 1) errors.Add($"{path}: matches {matching} of the oneOf schemas, not exactly one");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object: ValidateObject(schema, value, path, errors); break;
            case JsonValueKind.Array: ValidateArray(schema, value, path, errors); break;
            case JsonValueKind.String: ValidateString(schema, value.GetString()!, path, errors); break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var min) && value.GetDecimal() < min.GetDecimal()) errors.Add($"{path}: {value.GetRawText()} is below {min.GetRawText()}");
                break;
        }
    }

    private void ValidateObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _))) errors.Add($"{path}: missing '{name}'");
        }

        foreach (var member in value.EnumerateObject())
        {
            var at = $"{path}.{member.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var sub)) Validate(sub, member.Value, at, errors);
            else if (schema.TryGetProperty("additionalProperties", out var extra)) Validate(extra, member.Value, at, errors);
        }
    }

    private void ValidateArray(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minItems", out var min) && value.GetArrayLength() < min.GetInt32()) errors.Add($"{path}: fewer than {min.GetInt32()} items");
        if (!schema.TryGetProperty("items", out var items)) return;
        var i = 0;
        foreach (var item in value.EnumerateArray()) Validate(items, item, $"{path}[{i++}]", errors);
    }

    private static void ValidateString(JsonElement schema, string value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minLength", out var min) && value.Length < min.GetInt32()) errors.Add($"{path}: shorter than {min.GetInt32()}");
        if (schema.TryGetProperty("format", out var format) && format.GetString() == "date-time"
            && !DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{path}: '{value}' is not a date-time");
        }
    }

    private bool Valid(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Validate(schema, value, path, errors);
        return errors.Count == 0;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => Is(t.GetString()!, value)) : Is(type.GetString()!, value);

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new InvalidOperationException($"unknown type '{type}'"),
    };

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal)) throw new InvalidOperationException($"only local $defs references are supported: '{reference}'");
        return _root.GetProperty("$defs").GetProperty(reference[Prefix.Length..]);
    }

    private static void CheckKeywords(JsonElement schema, string path)
    {
        if (schema.ValueKind != JsonValueKind.Object) return;
        foreach (var member in schema.EnumerateObject())
        {
            if (!Known.Contains(member.Name)) throw new InvalidOperationException($"{path}: keyword '{member.Name}' is not supported by this validator");
            switch (member.Name)
            {
                case "properties" or "$defs":
                    foreach (var sub in member.Value.EnumerateObject()) CheckKeywords(sub.Value, $"{path}/{member.Name}/{sub.Name}");
                    break;
                case "items" or "additionalProperties":
                    CheckKeywords(member.Value, $"{path}/{member.Name}");
                    break;
                case "oneOf":
                    foreach (var sub in member.Value.EnumerateArray()) CheckKeywords(sub, $"{path}/oneOf");
                    break;
            }
        }
    }
}
