// The bar above the quote table: the search field (which also finds in the article's text), speaker,
// theme and kind selectors, "corrected only", and the live counts.
#pragma once

#include <QWidget>

#include <memory>

namespace QuoteReader {

namespace Ui {
class FilterBar;
}

class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    Ui::FilterBar *ui() const { return m_ui.get(); }
    void setCount(int shown, int total);
    // Where the search stands in the article's text: the place moved to (1-based, 0 for none yet) of how many.
    void setFindStatus(qsizetype current, qsizetype count);
    // Widths that show every selector's longest entry and the search field's placeholder whole, in
    // the language of the interface; lists that open as wide as their longest entry.
    void fitSelectors();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::FilterBar> m_ui;
    int m_shown = 0;
    int m_total = 0;
};

} // namespace QuoteReader
