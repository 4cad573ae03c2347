using System.Text.Json;
using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.Http;

/// <summary>Reads JSON request bodies; every problem is a badRequest that names the field.</summary>
internal static class JsonBody
{
    public static async Task<JsonObject> ReadAsync(HttpContext http)
    {
        var contentType = http.Request.ContentType;
        if (contentType is not null && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CloudFaultException(CloudFault.BadMediaType($"Unsupported Content-Type {contentType}; use application/json."));
        }

        try
        {
            var node = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            return node as JsonObject ?? throw new CloudFaultException(CloudFault.BadRequest("Malformed request body: a JSON object is required."));
        }
        catch (JsonException ex)
        {
            throw new CloudFaultException(CloudFault.BadRequest($"Malformed request body: {ex.Message}"));
        }
    }

    public static JsonObject RequiredObject(JsonObject parent, string name, string field) =>
        parent[name] as JsonObject ?? throw Invalid(field, "an object is required");

    public static string RequiredString(JsonObject parent, string name, string field)
    {
        var value = OptionalString(parent, name, field);
        return string.IsNullOrWhiteSpace(value) ? throw Invalid(field, "a value is required") : value;
    }

    public static string? OptionalString(JsonObject parent, string name, string field)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        if (node is JsonValue number && number.GetValueKind() is JsonValueKind.Number)
        {
            return number.ToJsonString();
        }

        throw Invalid(field, "a string is required");
    }

    public static bool OptionalBool(JsonObject parent, string name, string field)
    {
        var node = parent[name];
        if (node is null)
        {
            return false;
        }

        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.String when bool.TryParse(value.GetValue<string>(), out var parsed):
                    return parsed;
            }
        }

        throw Invalid(field, "true or false is required");
    }

    public static Dictionary<string, string>? OptionalMetadata(JsonObject parent, string name, string field)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject map)
        {
            throw Invalid(field, "an object of string values is required");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (key.Length is 0 or > 255)
            {
                throw Invalid($"{field} key", "keys must be 1 to 255 characters");
            }

            var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
            if (text is null || text.Length > 255)
            {
                throw Invalid($"{field}.{key}", "a string of at most 255 characters is required");
            }

            result[key] = text;
        }

        return result;
    }

    public static List<PersonalityFile>? OptionalPersonality(JsonObject parent, string name, string field)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray files)
        {
            throw Invalid(field, "an array of {path, contents} is required");
        }

        var result = new List<PersonalityFile>();
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is not JsonObject file)
            {
                throw Invalid($"{field}[{i}]", "an object with path and contents is required");
            }

            result.Add(new PersonalityFile(
                RequiredString(file, "path", $"{field}[{i}].path"),
                OptionalString(file, "contents", $"{field}[{i}].contents") ?? throw Invalid($"{field}[{i}].contents", "a value is required")));
        }

        return result;
    }

    public static CloudFaultException Invalid(string field, string problem) =>
        new(CloudFault.BadRequest($"Invalid {field}: {problem}."));
}
