using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Autoscaler.Harness;

namespace Autoscaler.Benchmarks.Reaction;

/// <summary><c>reaction</c>: the time from the report that breaks a fleet's buffer to the CreateServer request arriving
/// at the emulator, on real processes (src/Harness <see cref="ReactionBenchmark"/>); prints p50, p99, max and the count.</summary>
internal static class ReactionCommand
{
    public const string CommandName = "reaction";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        var samples = new Option<int>("--samples") { Description = $"Samples to take (1-{ReactionSettings.MaxSamples}).", DefaultValueFactory = _ => 50 };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures and every sample to this JSON file." };
        var stepTimeout = new Option<int>("--step-timeout-seconds") { Description = "Fail when one create or server takes longer (1-3600).", DefaultValueFactory = _ => 60 };
        var command = new RootCommand("Measure the reaction time: agent report that breaks the buffer -> CreateServer at the emulator.") { samples, json, stepTimeout };
        command.Validators.Add(result =>
        {
            if (result.GetResult(samples) is { } s && s.GetValueOrDefault<int>() is < 1 or > ReactionSettings.MaxSamples)
            {
                result.AddError($"--samples must be between 1 and {ReactionSettings.MaxSamples}.");
            }

            if (result.GetResult(stepTimeout) is { } t && t.GetValueOrDefault<int>() is < 1 or > 3_600)
            {
                result.AddError("--step-timeout-seconds must be between 1 and 3600.");
            }

            if (result.GetResult(json) is { } j && j.GetValueOrDefault<FileInfo?>() is { } file && file.Directory is { Exists: false } folder)
            {
                result.AddError($"--json: the folder '{folder.FullName}' does not exist.");
            }
        });
        command.SetAction((parse, cancellationToken) => MeasureAsync(
            new ReactionSettings { Samples = parse.GetValue(samples), StepTimeout = TimeSpan.FromSeconds(parse.GetValue(stepTimeout)) },
            parse.GetValue(json),
            cancellationToken));
        return await command.Parse(args).InvokeAsync().ConfigureAwait(false);
    }

    private static async Task<int> MeasureAsync(ReactionSettings settings, FileInfo? json, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Starting the emulator and the controller ({RepositoryLayout.CallerConfiguration} build preferred)...");
        await using var bench = await ReactionBenchmark.StartAsync(settings, cancellationToken).ConfigureAwait(false);
        ReactionResult result;
        try
        {
            result = await bench.MeasureAsync(new ConsoleProgress(settings.Samples), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"reaction: {ex.Message}\n--- controller output ---\n{bench.Controller.Output}").ConfigureAwait(false);
            return 1;
        }

        var report = ReactionReport.From(result);
        Console.WriteLine();
        Console.WriteLine(report.ToText());
        if (json is not null)
        {
            await File.WriteAllTextAsync(json.FullName, JsonSerializer.Serialize(report, Json), cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Wrote {json.FullName}");
        }

        return 0;
    }

    private sealed class ConsoleProgress(int total) : IProgress<ReactionSample>
    {
        public void Report(ReactionSample value) => Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"sample {value.Index + 1}/{total}: {value.Reaction.TotalMilliseconds:0.0} ms (create {value.CreateStatus})"));
    }
}
