using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Autoscaler.LoadGenerator.Sink;

namespace Autoscaler.LoadGenerator.Load;

/// <summary><c>measure</c>: the ceiling (no-op sink in a child process), then the target if one is given, and the ratio.</summary>
internal static class MeasureCommand
{
    public static Command Create()
    {
        var target = new Option<string?>("--target") { Description = "The controller's agent endpoint, e.g. http://127.0.0.1:5000 (loopback only). Without it only the ceiling is measured." };
        var targetPid = new Option<int?>("--target-pid") { Description = "The target's process id, to measure its CPU and peak RSS." };
        var streams = new Option<int>("--streams") { Description = "Agent streams to open (1-20000).", DefaultValueFactory = _ => 10_000 };
        var rate = new Option<int>("--rate") { Description = "Reports per second over all streams (1-1000000).", DefaultValueFactory = _ => 100_000 };
        var duration = new Option<int>("--duration-seconds") { Description = "Measured seconds (1-120).", DefaultValueFactory = _ => 10 };
        var warmUp = new Option<int>("--warm-up-seconds") { Description = "Unmeasured seconds of posting first (0-60).", DefaultValueFactory = _ => 3 };
        var noCeiling = new Option<bool>("--no-ceiling") { Description = "Skip the no-op sink run." };
        var fleet = new Option<string>("--fleet") { Description = "Fleet name in every Hello.", DefaultValueFactory = _ => "game" };
        var tokens = new Option<FileInfo?>("--tokens") { Description = "serverId,token lines (as written by Autoscaler.Benchmarks host-agents): the identities the streams present to the target." };
        var json = new Option<FileInfo?>("--json") { Description = "Write the results as JSON to this file." };
        var command = new Command("measure", "Measure ingestion: the no-op sink's ceiling and, with --target, the controller and its ratio to the ceiling.")
        {
            target, targetPid, streams, rate, duration, warmUp, noCeiling, fleet, json, tokens,
        };
        command.Validators.Add(result =>
        {
            void Require(bool valid, string message)
            {
                if (!valid)
                {
                    result.AddError(message);
                }
            }

            var text = result.GetValue(target);
            Uri.TryCreate(text, UriKind.Absolute, out var uri);
            Require(text is null || (uri is not null && uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)), "--target must be an absolute http:// address on 127.0.0.1, ::1 or localhost.");
            Require(result.GetValue(streams) is >= 1 and <= 20_000 || result.GetResult(streams) is null, "--streams must be between 1 and 20000.");
            Require(result.GetValue(rate) is >= 1 and <= 1_000_000 || result.GetResult(rate) is null, "--rate must be between 1 and 1000000.");
            Require(result.GetValue(duration) is >= 1 and <= 120 || result.GetResult(duration) is null, "--duration-seconds must be between 1 and 120.");
            Require(result.GetValue(warmUp) is >= 0 and <= 60 || result.GetResult(warmUp) is null, "--warm-up-seconds must be between 0 and 60.");
            Require(text is not null || !result.GetValue(noCeiling), "--no-ceiling needs --target: there would be nothing to measure.");
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var time = TimeProvider.System;
            var runner = new LoadRunner(time, Console.Error);
            var identities = parse.GetValue(tokens) is { } tokensFile ? await Identities.ReadAsync(tokensFile.FullName, cancellationToken).ConfigureAwait(false) : null;
            if (identities is not null && identities.Count < parse.GetValue(streams))
            {
                await Console.Error.WriteLineAsync($"error: --tokens has {identities.Count} identities, fewer than --streams {parse.GetValue(streams)}.").ConfigureAwait(false);
                return 2;
            }

            var settings = new LoadSettings
            {
                Target = new Uri(parse.GetValue(target) ?? "http://127.0.0.1:0"),
                Streams = parse.GetValue(streams),
                Rate = parse.GetValue(rate),
                Fleet = parse.GetValue(fleet) ?? "game",
                ServerId = identities is null ? i => $"loadgen-{i}" : i => identities[i].ServerId,
                Token = identities is null ? _ => "" : i => identities[i].Token,
            };
            var window = TimeSpan.FromSeconds(parse.GetValue(duration));
            var warm = TimeSpan.FromSeconds(parse.GetValue(warmUp));
            var results = new List<LoadRunResult>();
            if (!parse.GetValue(noCeiling))
            {
                results.Add(await runner.MeasureSinkAsync(settings, warm, window, cancellationToken).ConfigureAwait(false));
            }

            if (parse.GetValue(target) is not null)
            {
                results.Add(await runner.MeasureTargetAsync(settings, warm, window, parse.GetValue(targetPid), cancellationToken).ConfigureAwait(false));
            }

            Print(results);
            if (parse.GetValue(json) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(results, SinkJson.Default.ListLoadRunResult), cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static void Print(List<LoadRunResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(c, $"{r.Mode}: {r.Streams} streams, offered {r.OfferedRate}/s, sent {r.SentPerSecond:0}/s, applied {Format(r.AppliedPerSecond, "0")}/s, lag p50 {Format(r.LagP50Milliseconds, "0.0")} ms p99 {Format(r.LagP99Milliseconds, "0.0")} ms max {Format(r.LagMaxMilliseconds, "0.0")} ms, target cpu {Format(r.TargetCores, "0.00")} cores, generator cpu {r.GeneratorCores:0.00} cores, target peak RSS {Format(r.TargetPeakRssMegabytes, "0")} MB over {r.MeasuredSeconds:0.0} s"));
            Console.WriteLine($"  ({r.Definition})");
        }

        if (results.Count == 2 && results[0].SentPerSecond > 0)
        {
            Console.WriteLine(string.Create(c, $"target / ceiling throughput: {results[1].SentPerSecond / results[0].SentPerSecond:0.000}"));
        }
    }

    private static string Format(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
