# Writes the benchmark's series and R's reference figures for them. Needs R with the forecast
# package (Debian: r-base-core r-cran-forecast); SalesDesk itself never runs R.
#
#   Rscript bench/forecast/r_reference.R bench/forecast
#
# series.csv: every series as rows series,frequency,period,value (period YYYY-MM or YYYYQn).
# r_ets.csv: per series, R's forecast::ets() on all but the last 12 months (4 quarters), the
# model it chose, its MASE and sMAPE on the held-out values, how many of them fell inside its
# 80 % and 95 % intervals, the seconds ets() took (best of three), and, for comparison, the
# same for thetaf() and snaive().
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "."

monthly <- list(
  AirPassengers = AirPassengers, co2 = co2, fdeaths = fdeaths, ldeaths = ldeaths,
  mdeaths = mdeaths, nottem = nottem, UKDriverDeaths = UKDriverDeaths,
  USAccDeaths = USAccDeaths, sunspot.month = sunspot.month, gas = gas, wineind = wineind)
for (col in c("DriversKilled", "front", "rear", "kms", "PetrolPrice", "VanKilled")) {
  monthly[[paste0("Seatbelts.", col)]] <- Seatbelts[, col]
}
quarterly <- list(JohnsonJohnson = JohnsonJohnson, UKgas = UKgas, austres = austres,
                  freeny.y = freeny.y, woolyrnq = woolyrnq)
# Quarterly means of the monthly series: more quarterly series of the same public data.
for (name in names(monthly)) {
  quarterly[[paste0(name, ".quarterly")]] <- aggregate(monthly[[name]], nfrequency = 4,
                                                       FUN = mean)
}
all <- c(monthly, quarterly)

period_labels <- function(y) {
  t <- time(y)
  year <- floor(t + 1e-6)
  sub <- round((t - year) * frequency(y)) + 1
  if (frequency(y) == 12) sprintf("%04d-%02d", year, sub) else sprintf("%04dQ%d", year, sub)
}

series_rows <- do.call(rbind, lapply(names(all), function(name) {
  y <- all[[name]]
  data.frame(series = name, frequency = frequency(y), period = period_labels(y),
             value = format(as.numeric(y), digits = 15, trim = TRUE))
}))
write.csv(series_rows, file.path(out, "series.csv"), row.names = FALSE, quote = FALSE)

score <- function(fc, train, test, m) {
  scale <- mean(abs(diff(as.numeric(train), lag = m)))
  e <- as.numeric(test) - as.numeric(fc$mean)
  c(mase = mean(abs(e)) / scale,
    smape = mean(200 * abs(e) / (abs(as.numeric(test)) + abs(as.numeric(fc$mean)))),
    in80 = sum(test >= fc$lower[, 1] & test <= fc$upper[, 1]),
    in95 = sum(test >= fc$lower[, 2] & test <= fc$upper[, 2]))
}

rows <- lapply(names(all), function(name) {
  y <- all[[name]]
  m <- frequency(y)
  h <- if (m == 12) 12 else 4
  n <- length(y)
  train <- window(y, end = time(y)[n - h])
  test <- window(y, start = time(y)[n - h + 1])
  seconds <- Inf
  for (i in 1:3) {
    t <- system.time(fit <- ets(train))["elapsed"]
    seconds <- min(seconds, t)
  }
  ets_fc <- forecast(fit, h = h, level = c(80, 95))
  theta_fc <- thetaf(train, h = h, level = c(80, 95))
  snaive_fc <- snaive(train, h = h, level = c(80, 95))
  e <- score(ets_fc, train, test, m)
  th <- score(theta_fc, train, test, m)
  sn <- score(snaive_fc, train, test, m)
  cat(sprintf("%-32s %-14s MASE %.3f  %.3f s\n", name, fit$method, e["mase"], seconds))
  data.frame(series = name, frequency = m, n = n, horizon = h, model = fit$method,
             mase = e["mase"], smape = e["smape"], in80 = e["in80"], in95 = e["in95"],
             seconds = seconds, theta_mase = th["mase"], snaive_mase = sn["mase"],
             loglik = fit$loglik, aicc = fit$aicc)
})
r <- do.call(rbind, rows)
write.csv(format(r, digits = 10, trim = TRUE), file.path(out, "r_ets.csv"), row.names = FALSE)
