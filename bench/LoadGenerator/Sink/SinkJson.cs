using System.Text.Json.Serialization;
using Autoscaler.LoadGenerator.Load;

namespace Autoscaler.LoadGenerator.Sink;

/// <summary>Source-generated JSON for the sink's /stats and the run results.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(SinkSnapshot))]
[JsonSerializable(typeof(LoadRunResult))]
[JsonSerializable(typeof(List<LoadRunResult>))]
internal sealed partial class SinkJson : JsonSerializerContext;
