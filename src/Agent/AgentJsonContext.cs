using System.Text.Json.Serialization;

namespace Autoscaler.Agent;

/// <summary>Source-generated JSON for the bootstrap file (trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(BootstrapDocument))]
internal sealed partial class AgentJsonContext : JsonSerializerContext;
