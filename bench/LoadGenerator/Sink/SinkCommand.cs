using System.CommandLine;

namespace Autoscaler.LoadGenerator.Sink;

/// <summary><c>sink</c>: hosts the no-op Cloud service on a loopback port until the duration ends.</summary>
internal static class SinkCommand
{
    /// <summary>The first line the sink prints, followed by its address.</summary>
    public const string ListeningPrefix = "listening ";

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Loopback port (0 picks a free one).", DefaultValueFactory = _ => 0 };
        var duration = new Option<int>("--duration-seconds") { Description = "Stop after this many seconds (1-3600).", DefaultValueFactory = _ => 60 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65_535)
            {
                r.AddError("--port must be between 0 and 65535.");
            }
        });
        duration.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 3_600)
            {
                r.AddError("--duration-seconds must be between 1 and 3600.");
            }
        });
        var command = new Command("sink", "Host the no-op Cloud service (the ingestion ceiling) on 127.0.0.1.") { port, duration };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stats = new SinkStats(20_000_000);
            var (app, address) = await SinkHost.StartAsync(stats, parse.GetValue(port), cancellationToken).ConfigureAwait(false);
            await using (app.ConfigureAwait(false))
            {
                Console.WriteLine($"{ListeningPrefix}{address}");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(parse.GetValue(duration)), cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C or the parent ended the run.
                }

                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
