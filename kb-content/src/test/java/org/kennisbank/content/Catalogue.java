package org.kennisbank.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The product catalogue the bundled content must cover: {@code ../shared/catalogue/products.tsv}
 * from the project root, one product per line ({@code id, upl_name, upl_uri, theme}) under a header.
 */
record Catalogue(List<Product> products) {

  /** The catalogue seen from the kb-content module directory, where Maven runs its tests. */
  static final Path SHARED_CATALOGUE = Path.of("..", "..", "shared", "catalogue", "products.tsv");

  /** One catalogue row; {@code line} is its line in the file. */
  record Product(String id, String uplName, String upl, String theme, int line) {}

  Catalogue {
    products = List.copyOf(products);
  }

  /**
   * Reads the catalogue.
   *
   * @throws IllegalArgumentException naming the line when a row does not have four columns
   */
  static Catalogue read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue " + file.toAbsolutePath(), e);
    }
    List<Product> products = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] columns = lines.get(i).split("\t", -1);
      if (columns.length != 4) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 4 tab-separated columns; got " + columns.length);
      }
      products.add(new Product(columns[0].strip(), columns[1].strip(), columns[2].strip(), columns[3].strip(), i + 1));
    }
    return new Catalogue(products);
  }

  List<Product> ofTheme(String theme) {
    return products.stream().filter(product -> product.theme().equals(theme)).toList();
  }
}
