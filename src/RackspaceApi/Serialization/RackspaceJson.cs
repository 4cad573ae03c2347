using System.Text.Json;
using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.Serialization;

/// <summary>The one System.Text.Json configuration of the client: tolerant on input (numbers as strings), terse on output.</summary>
internal static class RackspaceJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
    };

    public static T Deserialize<T>(string body, string operation)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options)
                ?? throw new RackspaceResponseFormatException(operation, "the body was JSON null");
        }
        catch (JsonException exception)
        {
            throw new RackspaceResponseFormatException(operation, exception.Message, exception);
        }
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
