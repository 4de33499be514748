package dev.mailroom.sampledata;

import java.util.ArrayList;
import java.util.List;

/** An itemised table (invoice, quotation, purchase order) written in one of several layouts. */
final class LineItems {

    private LineItems() {}

    private record Row(String description, int qty, String unit, double price) {
        double total() {
            return qty * price;
        }
    }

    /** Builds the table, puts the grand total into the {@code amount} slot and returns the lines. */
    static List<String> build(DocumentContext ctx, String totalLabel, boolean longList) {
        Dice dice = ctx.dice;
        int n = longList ? dice.between(6, 14) : dice.weighted(0, 3, 3, 2, 1.5, 1, 0.6);
        List<Row> rows = new ArrayList<>();
        List<Vocabulary.Item> pool = new ArrayList<>(ctx.industry.goods());
        pool.addAll(ctx.industry.services());
        for (int i = 0; i < Math.max(1, n); i++) {
            Vocabulary.Item item = dice.pick(pool);
            int qty =
                    item.maxPrice() > 1000 ? dice.between(1, 3) : dice.pick(1, 2, 4, 5, 8, 10, 12, 20, 25, 40, 50, 100);
            double price = ctx.roundish(item.minPrice() + dice.unit() * (item.maxPrice() - item.minPrice()))
                    * ctx.money.currency().scale();
            price = Math.round(price * 100) / 100.0;
            rows.add(new Row(item.name(), qty, item.unit(), price));
        }
        double net = rows.stream().mapToDouble(Row::total).sum();
        int vatPct = Integer.parseInt(ctx.slot("vatPct"));
        boolean vat = dice.chance(0.65);
        double vatAmount = Math.round(net * vatPct) / 100.0;
        double grand = vat ? net + vatAmount : net;
        ctx.put("amount", ctx.money.format(grand));

        List<String> lines = new ArrayList<>();
        Money.Style m = ctx.money;
        switch (dice.below(5)) {
            case 0 -> {
                lines.add(dice.pick("Qty", "Quantity", "QTY") + "   " + dice.pick("Description", "Item", "Article")
                        + "   " + dice.pick("Unit price", "Price", "Rate") + "   "
                        + dice.pick("Amount", "Total", "Line total"));
                for (Row r : rows) {
                    lines.add(r.qty() + "   " + r.description() + "   " + m.format(r.price()) + "   "
                            + m.format(r.total()));
                }
            }
            case 1 -> {
                lines.add("| Pos | Description | Qty | Unit | Price | Total |");
                int pos = 1;
                for (Row r : rows) {
                    lines.add("| " + pos++ + " | " + r.description() + " | " + r.qty() + " | " + r.unit() + " | "
                            + m.format(r.price()) + " | " + m.format(r.total()) + " |");
                }
            }
            case 2 -> {
                int pos = 1;
                for (Row r : rows) {
                    lines.add(pos++ + ". " + r.qty() + " x " + r.description() + " @ " + m.format(r.price()) + " = "
                            + m.format(r.total()));
                }
            }
            case 3 -> {
                for (Row r : rows) {
                    lines.add(r.description() + " (" + r.qty() + " " + r.unit() + ") ........ " + m.format(r.total()));
                }
            }
            default -> {
                lines.add("Item;Qty;Unit price;Amount");
                for (Row r : rows) {
                    lines.add(r.description() + ";" + r.qty() + ";" + m.format(r.price()) + ";" + m.format(r.total()));
                }
            }
        }
        if (vat) {
            lines.add(dice.pick("Subtotal", "Net amount", "Net", "Sub-total") + ": " + m.format(net));
            lines.add(dice.pick("VAT", "Tax", "Sales tax", "MwSt./VAT", "GST") + " " + vatPct + "%: "
                    + m.format(vatAmount));
        }
        lines.add(totalLabel + ": " + m.format(grand));
        return lines;
    }
}
