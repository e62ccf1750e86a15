// The bar above the quote table: speaker, theme and kind selectors, the search field and the live count.
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

private:
    std::unique_ptr<Ui::FilterBar> m_ui;
};

} // namespace QuoteReader
